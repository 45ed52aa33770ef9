"use server";
import { redirect } from "next/navigation";
import { countsOnlyPath } from "@/app/_lib/csv-download";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { requestReportSchema } from "@/lib/schemas/reports";
import { requestNotificationReport } from "@/lib/services/reports/notification-reports";
import { isCountsOnlyRefusal } from "@/lib/services/reports/report-downloads";

/**
 * "Download a report": queue it, then back to the message list where it appears as being prepared.
 * A report with recipients asked for on a service that allows counts only goes to the page saying so.
 */
export async function requestReportAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const filtered = formData.get("filtered") === "yes";
  return formAction({
    schema: requestReportSchema,
    input: {
      days: formData.get("days") ?? undefined,
      channel: filtered ? formData.get("filterChannel") || undefined : undefined,
      status: filtered ? formData.get("filterStatus") || undefined : undefined,
      form: formData.get("form") ?? undefined,
    },
    run: (input) => requestNotificationReport({ actor: user, serviceId, input }),
    onAppError: (error, refill) => (isCountsOnlyRefusal(error) ? redirect(countsOnlyPath(serviceId)) : redirectOn("/services")(error, refill)),
    done: () => redirect(`/services/${serviceId}/notifications?report=requested#reports`),
  });
}
