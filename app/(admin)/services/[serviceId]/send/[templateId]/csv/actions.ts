"use server";
import { redirect } from "next/navigation";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { uploadSpreadsheet, UPLOAD_ERRORS } from "@/lib/services/bulk/uploads";

export async function uploadSpreadsheetAction(serviceId: string, templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: UPLOAD_ERRORS.noFile } };
  return formAction({
    run: async () => uploadSpreadsheet({ actor: user, serviceId, templateId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
    onAppError: redirectOn(`/services/${serviceId}/templates`),
    done: ({ uploadId }) => redirect(`/services/${serviceId}/check/${uploadId}`),
  });
}
