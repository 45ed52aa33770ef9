"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { requestReportSchema } from "@/lib/schemas/reports";
import { requestNotificationReport } from "@/lib/services/reports/notification-reports";

/** "Download a report": queue it, then back to the message list where it appears as being prepared. */
export async function requestReportAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const filtered = formData.get("filtered") === "yes";
  const parsed = requestReportSchema.safeParse({
    days: formData.get("days") ?? undefined,
    channel: filtered ? formData.get("filterChannel") || undefined : undefined,
    status: filtered ? formData.get("filterStatus") || undefined : undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await requestNotificationReport({ actor: user, serviceId, input: parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect("/services");
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/notifications?report=requested#reports`);
}
