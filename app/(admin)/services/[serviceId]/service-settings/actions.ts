"use server";
// Server actions for a service's settings: parse the form, call one service function, map its
// expected errors to FormState, then go back to the settings page with a banner.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import {
  changeServiceNameSchema,
  dataRetentionSchema,
  emailFromSchema,
  emailReplyToSchema,
  internationalSmsSchema,
  smsPrefixSchema,
  smsSenderSchema,
} from "@/lib/schemas/settings";
import { requestToGoLive } from "@/lib/services/settings/go-live";
import { addEmailReplyTo, deleteEmailReplyTo, updateEmailReplyTo } from "@/lib/services/settings/reply-to";
import { changeDataRetention, changeEmailFrom, changeInternationalSms, changeServiceName, changeSmsPrefix } from "@/lib/services/settings/service-settings";
import { addSmsSender, deleteSmsSender, updateSmsSender } from "@/lib/services/settings/sms-senders";

const settingsPath = (serviceId: string) => `/services/${serviceId}/service-settings`;

/** Expected failures become form state; a service or row the user can't reach is the 404 page. */
function failed(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
  if (error instanceof AppError) return fromAppError(error, values);
  throw error;
}

function done(serviceId: string, changed: string, path = settingsPath(serviceId)): never {
  revalidatePath(`/services/${serviceId}`, "layout");
  redirect(`${path}?changed=${changed}`);
}

export async function changeServiceNameAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { name: String(formData.get("name") ?? "") };
  const parsed = changeServiceNameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await changeServiceName({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "name");
}

export async function changeSmsPrefixAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const parsed = smsPrefixSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await changeSmsPrefix({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error);
  }
  done(serviceId, "sms-prefix");
}

export async function changeInternationalSmsAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const parsed = internationalSmsSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await changeInternationalSms({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error);
  }
  done(serviceId, "international-sms");
}

function smsSenderValues(formData: FormData) {
  const all = formDataToObject(formData);
  return { smsSender: all.smsSender ?? "", originationIdentity: all.originationIdentity ?? "", messagesPerSecond: all.messagesPerSecond ?? "", isDefault: all.isDefault ?? "" };
}

export async function addSmsSenderAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = smsSenderValues(formData);
  const parsed = smsSenderSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await addSmsSender({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "sms-sender-added", `${settingsPath(serviceId)}/sms-senders`);
}

export async function updateSmsSenderAction(serviceId: string, senderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = smsSenderValues(formData);
  const parsed = smsSenderSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await updateSmsSender({ actor, serviceId, senderId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "sms-sender-changed", `${settingsPath(serviceId)}/sms-senders`);
}

export async function deleteSmsSenderAction(serviceId: string, senderId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await deleteSmsSender({ actor, serviceId, senderId });
  } catch (error) {
    return failed(error);
  }
  done(serviceId, "sms-sender-deleted", `${settingsPath(serviceId)}/sms-senders`);
}

function replyToValues(formData: FormData) {
  const all = formDataToObject(formData);
  return { emailAddress: all.emailAddress ?? "", isDefault: all.isDefault ?? "" };
}

export async function addEmailReplyToAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = replyToValues(formData);
  const parsed = emailReplyToSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await addEmailReplyTo({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "reply-to-added", `${settingsPath(serviceId)}/reply-to`);
}

export async function updateEmailReplyToAction(serviceId: string, replyToId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = replyToValues(formData);
  const parsed = emailReplyToSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await updateEmailReplyTo({ actor, serviceId, replyToId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "reply-to-changed", `${settingsPath(serviceId)}/reply-to`);
}

export async function deleteEmailReplyToAction(serviceId: string, replyToId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await deleteEmailReplyTo({ actor, serviceId, replyToId });
  } catch (error) {
    return failed(error);
  }
  done(serviceId, "reply-to-deleted", `${settingsPath(serviceId)}/reply-to`);
}

export async function changeEmailFromAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { emailFrom: String(formData.get("emailFrom") ?? "") };
  const parsed = emailFromSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await changeEmailFrom({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "email-sender-name");
}

export async function changeDataRetentionAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const all = formDataToObject(formData);
  const values = { smsDays: all.smsDays ?? "", emailDays: all.emailDays ?? "" };
  const parsed = dataRetentionSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, values);
  try {
    await changeDataRetention({ actor, serviceId, input: parsed.data });
  } catch (error) {
    return failed(error, values);
  }
  done(serviceId, "data-retention");
}

export async function requestToGoLiveAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  try {
    await requestToGoLive({ actor, serviceId });
  } catch (error) {
    return failed(error);
  }
  done(serviceId, "go-live-requested");
}
