"use server";
// Server actions for the platform-admin pages. Each checks the user is a platform admin (in the
// service function it calls), maps expected errors to FormState and redirects with a banner.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { notFoundOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { dailyLimitsSchema, rejectGoLiveSchema } from "@/lib/schemas/settings";
import { templateLaneSchema } from "@/lib/schemas/templates";
import { approveGoLive, changeDailyLimits, rejectGoLive, setServiceSuspended } from "@/lib/services/platform-admin/services";
import { setTemplateLane } from "@/lib/services/platform-admin/template-lanes";
import { reactivateUser, suspendUser } from "@/lib/services/platform-admin/users";

/** A service or user that doesn't exist is the 404 page; other expected failures become form state. */
const onAppError = notFoundOn();

function serviceDone(serviceId: string, done: string): never {
  revalidatePath("/platform-admin", "layout");
  revalidatePath(`/services/${serviceId}`, "layout");
  redirect(`/platform-admin/services/${serviceId}?done=${done}`);
}

function userDone(userId: string, done: string): never {
  revalidatePath("/platform-admin", "layout");
  redirect(`/platform-admin/users/${userId}?done=${done}`);
}

export async function approveGoLiveAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => approveGoLive({ actor, serviceId }), onAppError, done: () => serviceDone(serviceId, "approved") });
}

export async function rejectGoLiveAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { reason: String(formData.get("reason") ?? "") };
  return formAction({
    schema: rejectGoLiveSchema,
    input: values,
    refill: values,
    run: (input) => rejectGoLive({ actor, serviceId, input }),
    onAppError,
    done: () => serviceDone(serviceId, "rejected"),
  });
}

export async function changeDailyLimitsAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formDataToObject(formData);
  return formAction({
    schema: dailyLimitsSchema,
    input: values,
    refill: values,
    run: (input) => changeDailyLimits({ actor, serviceId, input }),
    onAppError,
    done: () => serviceDone(serviceId, "limits"),
  });
}

export async function suspendServiceAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => setServiceSuspended({ actor, serviceId, isSuspended: true }), onAppError, done: () => serviceDone(serviceId, "suspended") });
}

export async function resumeServiceAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => setServiceSuspended({ actor, serviceId, isSuspended: false }), onAppError, done: () => serviceDone(serviceId, "resumed") });
}

/** From the reputation page: suspends the service (audited with the reason) and comes back to the list. */
export async function pauseServiceForReputationAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({
    run: () => setServiceSuspended({ actor, serviceId, isSuspended: true, reason: "sending reputation" }),
    onAppError,
    done: () => {
      revalidatePath("/platform-admin", "layout");
      revalidatePath(`/services/${serviceId}`, "layout");
      redirect("/platform-admin/reputation?done=paused");
    },
  });
}

export async function suspendUserAction(userId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => suspendUser({ actor, userId }), onAppError, done: () => userDone(userId, "suspended") });
}

export async function reactivateUserAction(userId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => reactivateUser({ actor, userId }), onAppError, done: () => userDone(userId, "reactivated") });
}

export async function changeTemplateLaneAction(serviceId: string, templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { lane: String(formData.get("lane") ?? "") };
  return formAction({
    schema: templateLaneSchema,
    input: formDataToObject(formData),
    refill: values,
    run: (input) => setTemplateLane({ actor, serviceId, templateId, lane: input.lane }),
    onAppError,
    done: () => {
      revalidatePath(`/services/${serviceId}/templates`, "layout");
      redirect(`/platform-admin/services/${serviceId}/templates/${templateId}?done=lane`);
    },
  });
}
