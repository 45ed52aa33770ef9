"use server";
import { redirect } from "next/navigation";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { parseScheduleChoice } from "@/lib/domain/notifications/schedule";
import { formAction } from "@/lib/forms/form-action";
import { formText, type FormState } from "@/lib/forms/form-state";
import { saveContactList } from "@/lib/services/bulk/contact-lists";
import { startJob } from "@/lib/services/bulk/uploads";

export async function startJobAction(serviceId: string, uploadId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const when = parseScheduleChoice(formText(formData, "when") || "now", new Date());
  if (!when.ok) return { ok: false, fieldErrors: { when: when.error } };
  return formAction({
    run: () => startJob({ actor: user, serviceId, uploadId, scheduledFor: when.scheduledFor }),
    onAppError: redirectOn(`/services/${serviceId}/templates`),
    done: ({ jobId }) => redirect(`/services/${serviceId}/jobs/${jobId}`),
  });
}

/** Saves a valid upload as a contact list to send again with other templates. */
export async function saveContactListAction(serviceId: string, uploadId: string): Promise<void> {
  const user = await requireUser();
  await formAction({
    run: () => saveContactList({ actor: user, serviceId, uploadId }),
    onAppError: () => redirect(`/services/${serviceId}/check/${uploadId}`),
    done: () => redirect(`/services/${serviceId}/contact-lists?saved=1`),
  });
}
