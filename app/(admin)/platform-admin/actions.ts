"use server";
// Server actions for the platform-admin pages. Each checks the user is a platform admin (in the
// service function it calls), maps expected errors to FormState and redirects with a banner.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { dailyLimitsSchema, rejectGoLiveSchema } from "@/lib/schemas/settings";
import { approveGoLive, changeDailyLimits, rejectGoLive, setServiceSuspended } from "@/lib/services/platform-admin/services";
import { reactivateUser, suspendUser } from "@/lib/services/platform-admin/users";

function failed(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  if (error instanceof AppError) return fromAppError(error, values);
  throw error;
}

function serviceDone(serviceId: string, done: string): never {
  revalidatePath("/platform-admin", "layout");
  revalidatePath(`/services/${serviceId}`, "layout");
  redirect(`/platform-admin/services/${serviceId}?done=${done}`);
}

export async function approveGoLiveAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await approveGoLive({ actor, serviceId });
  } catch (error) {
    return failed(error);
  }
  serviceDone(serviceId, "approved");
}

export async function rejectGoLiveAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { reason: String(formData.get("reason") ?? "") };
  const parsed = rejectGoLiveSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await rejectGoLive({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  serviceDone(serviceId, "rejected");
}

export async function changeDailyLimitsAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formDataToObject(formData);
  const parsed = dailyLimitsSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await changeDailyLimits({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  serviceDone(serviceId, "limits");
}

export async function suspendServiceAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await setServiceSuspended({ actor, serviceId, isSuspended: true });
  } catch (error) {
    return failed(error);
  }
  serviceDone(serviceId, "suspended");
}

export async function resumeServiceAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await setServiceSuspended({ actor, serviceId, isSuspended: false });
  } catch (error) {
    return failed(error);
  }
  serviceDone(serviceId, "resumed");
}

export async function suspendUserAction(userId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await suspendUser({ actor, userId });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/platform-admin", "layout");
  redirect(`/platform-admin/users/${userId}?done=suspended`);
}

export async function reactivateUserAction(userId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await reactivateUser({ actor, userId });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/platform-admin", "layout");
  redirect(`/platform-admin/users/${userId}?done=reactivated`);
}
