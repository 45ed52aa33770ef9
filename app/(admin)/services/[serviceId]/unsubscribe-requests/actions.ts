"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orNotFound } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { createUnsubscribeRequestReport, markUnsubscribeRequestReport } from "@/lib/services/unsubscribe/unsubscribe-reports";

const base = (serviceId: string) => `/services/${serviceId}/unsubscribe-requests`;

/** Puts the pending requests into a report and opens it (to download). */
export async function createUnsubscribeReportAction(serviceId: string): Promise<void> {
  const user = await requireUser();
  const reportId = await orNotFound(createUnsubscribeRequestReport({ actor: user, serviceId }));
  revalidatePath(base(serviceId));
  redirect(reportId ? `${base(serviceId)}/${reportId}` : base(serviceId));
}

/** The report's "done" checkbox: ticked marks it processed, unticked marks it not processed. */
export async function markUnsubscribeReportAction(serviceId: string, reportId: string, formData: FormData): Promise<void> {
  const user = await requireUser();
  const isProcessed = formData.get("processed") === "yes";
  await orNotFound(markUnsubscribeRequestReport({ actor: user, serviceId, reportId, isProcessed }));
  revalidatePath(base(serviceId));
  redirect(`${base(serviceId)}?${isProcessed ? "processed" : "unprocessed"}=1`);
}
