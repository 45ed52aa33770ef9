"use server";
import { redirect } from "next/navigation";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { contactListTemplateSchema } from "@/lib/schemas/contact-lists";
import { deleteContactList, uploadFromContactList } from "@/lib/services/bulk/contact-lists";

/** Sends a saved list with the chosen template: a new upload, then the usual check page. */
export async function sendToContactListAction(serviceId: string, listId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    schema: contactListTemplateSchema,
    input: { templateId: formData.get("templateId") ?? undefined },
    run: (input) => uploadFromContactList({ actor: user, serviceId, listId, templateId: input.templateId }),
    onAppError: redirectOn(`/services/${serviceId}/contact-lists`),
    done: ({ uploadId }) => redirect(`/services/${serviceId}/check/${uploadId}`),
  });
}

export async function deleteContactListAction(serviceId: string, listId: string): Promise<void> {
  const user = await requireUser();
  await formAction({
    run: () => deleteContactList({ actor: user, serviceId, listId }),
    // Already deleted, or not this member's to delete: back to the list, which shows what is there.
    onAppError: () => redirect(`/services/${serviceId}/contact-lists`),
    done: () => redirect(`/services/${serviceId}/contact-lists?deleted=1`),
  });
}
