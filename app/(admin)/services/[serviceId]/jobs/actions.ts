"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { cancelJob } from "@/lib/services/bulk/uploads";

export async function cancelJobAction(serviceId: string, jobId: string): Promise<void> {
  const user = await requireUser();
  try {
    await cancelJob({ actor: user, serviceId, jobId });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`/services/${serviceId}/jobs/${jobId}?notCancelled=1`);
  }
  redirect(`/services/${serviceId}/jobs/${jobId}?cancelled=1`);
}
