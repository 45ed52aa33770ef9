"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { parseScheduleChoice } from "@/lib/domain/notifications/schedule";
import { AppError } from "@/lib/errors";
import { fromAppError, type FormState } from "@/lib/forms/form-state";
import { saveContactList } from "@/lib/services/bulk/contact-lists";
import { startJob } from "@/lib/services/bulk/uploads";

export async function startJobAction(serviceId: string, uploadId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const when = parseScheduleChoice(String(formData.get("when") ?? "now"), new Date());
  if (!when.ok) return { ok: false, fieldErrors: { when: when.error } };
  let jobId: string;
  try {
    ({ jobId } = await startJob({ actor: user, serviceId, uploadId, scheduledFor: when.scheduledFor }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}/templates`);
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/jobs/${jobId}`);
}

/** Saves a valid upload as a contact list to send again with other templates. */
export async function saveContactListAction(serviceId: string, uploadId: string): Promise<void> {
  const user = await requireUser();
  try {
    await saveContactList({ actor: user, serviceId, uploadId });
  } catch (error) {
    if (error instanceof AppError) redirect(`/services/${serviceId}/check/${uploadId}`);
    throw error;
  }
  redirect(`/services/${serviceId}/contact-lists?saved=1`);
}
