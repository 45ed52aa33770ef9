"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { contactListTemplateSchema } from "@/lib/schemas/contact-lists";
import { deleteContactList, uploadFromContactList } from "@/lib/services/bulk/contact-lists";

/** Sends a saved list with the chosen template: a new upload, then the usual check page. */
export async function sendToContactListAction(serviceId: string, listId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = contactListTemplateSchema.safeParse({ templateId: formData.get("templateId") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error);
  let uploadId: string;
  try {
    ({ uploadId } = await uploadFromContactList({ actor: user, serviceId, listId, templateId: parsed.data.templateId }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}/contact-lists`);
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/check/${uploadId}`);
}

export async function deleteContactListAction(serviceId: string, listId: string): Promise<void> {
  const user = await requireUser();
  try {
    await deleteContactList({ actor: user, serviceId, listId });
  } catch (error) {
    // Already deleted, or not this member's to delete: back to the list, which shows what is there.
    if (error instanceof AppError) redirect(`/services/${serviceId}/contact-lists`);
    throw error;
  }
  redirect(`/services/${serviceId}/contact-lists?deleted=1`);
}
