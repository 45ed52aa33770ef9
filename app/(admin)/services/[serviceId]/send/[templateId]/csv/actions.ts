"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, type FormState } from "@/lib/forms/form-state";
import { uploadSpreadsheet, UPLOAD_ERRORS } from "@/lib/services/bulk/uploads";

export async function uploadSpreadsheetAction(serviceId: string, templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: UPLOAD_ERRORS.noFile } };
  let uploadId: string;
  try {
    ({ uploadId } = await uploadSpreadsheet({ actor: user, serviceId, templateId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}/templates`);
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/check/${uploadId}`);
}
