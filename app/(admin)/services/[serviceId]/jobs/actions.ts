"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { cancelJob } from "@/lib/services/bulk/uploads";

export async function cancelJobAction(serviceId: string, jobId: string): Promise<void> {
  const user = await requireUser();
  await formAction({
    run: () => cancelJob({ actor: user, serviceId, jobId }),
    onAppError: () => redirect(`/services/${serviceId}/jobs/${jobId}?notCancelled=1`),
    done: () => redirect(`/services/${serviceId}/jobs/${jobId}?cancelled=1`),
  });
}
