"use server";
// Server actions for a service's settings: parse the form, call one service function, map its
// expected errors to FormState, then go back to the settings page with a banner.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { HIDDEN, notFoundOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction, pickFields, type ValidatedFormAction } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import {
  changeServiceNameSchema,
  dataRetentionSchema,
  emailFromSchema,
  emailReplyToSchema,
  filesContactSchema,
  internationalSmsSchema,
  reportDownloadsSchema,
  smsPrefixSchema,
  smsSenderSchema,
} from "@/lib/schemas/settings";
import { chooseEmailBrandingSchema } from "@/lib/schemas/email-branding";
import { chooseServiceEmailBranding } from "@/lib/services/email-branding/brandings";
import { requestToGoLive } from "@/lib/services/settings/go-live";
import { addEmailReplyTo, deleteEmailReplyTo, updateEmailReplyTo } from "@/lib/services/settings/reply-to";
import { changeDataRetention, changeEmailFrom, changeFilesContact, changeInternationalSms, changeServiceName, changeSmsPrefix } from "@/lib/services/settings/service-settings";
import { changeReportDownloads } from "@/lib/services/settings/report-downloads";
import { addSmsSender, deleteSmsSender, updateSmsSender } from "@/lib/services/settings/sms-senders";

const settingsPath = (serviceId: string) => `/services/${serviceId}/service-settings`;
const sendersPath = (serviceId: string) => `${settingsPath(serviceId)}/sms-senders`;
const replyToPath = (serviceId: string) => `${settingsPath(serviceId)}/reply-to`;

/** A service or row the user can't reach is the 404 page; other expected failures become form state. */
const onAppError = notFoundOn(HIDDEN);

function done(serviceId: string, changed: string, path = settingsPath(serviceId)): never {
  revalidatePath(`/services/${serviceId}`, "layout");
  redirect(`${path}?changed=${changed}`);
}

/** A settings form: validate, make the one change, then back to `path` with the `changed` banner. */
function saveSetting<S extends z.ZodType>(serviceId: string, changed: string, form: Pick<ValidatedFormAction<S, unknown>, "schema" | "input" | "refill" | "run">, path?: string): Promise<FormState> {
  return formAction({ ...form, onAppError, done: () => done(serviceId, changed, path) });
}

export async function changeServiceNameAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { name: String(formData.get("name") ?? "") };
  return saveSetting(serviceId, "name", { schema: changeServiceNameSchema, input: values, refill: values, run: (input) => changeServiceName({ actor, serviceId, input }) });
}

export async function changeSmsPrefixAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return saveSetting(serviceId, "sms-prefix", { schema: smsPrefixSchema, input: formDataToObject(formData), run: (input) => changeSmsPrefix({ actor, serviceId, input }) });
}

export async function changeReportDownloadsAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return saveSetting(serviceId, "report-downloads", { schema: reportDownloadsSchema, input: formDataToObject(formData), run: (input) => changeReportDownloads({ actor, serviceId, input }) });
}

export async function changeInternationalSmsAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return saveSetting(serviceId, "international-sms", { schema: internationalSmsSchema, input: formDataToObject(formData), run: (input) => changeInternationalSms({ actor, serviceId, input }) });
}

const smsSenderValues = (formData: FormData) => pickFields(formDataToObject(formData), ["smsSender", "originationIdentity", "messagesPerSecond", "isDefault"]);

export async function addSmsSenderAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = smsSenderValues(formData);
  return saveSetting(serviceId, "sms-sender-added", { schema: smsSenderSchema, input: values, refill: values, run: (input) => addSmsSender({ actor, serviceId, input }) }, sendersPath(serviceId));
}

export async function updateSmsSenderAction(serviceId: string, senderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = smsSenderValues(formData);
  return saveSetting(serviceId, "sms-sender-changed", { schema: smsSenderSchema, input: values, refill: values, run: (input) => updateSmsSender({ actor, serviceId, senderId, input }) }, sendersPath(serviceId));
}

export async function deleteSmsSenderAction(serviceId: string, senderId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => deleteSmsSender({ actor, serviceId, senderId }), onAppError, done: () => done(serviceId, "sms-sender-deleted", sendersPath(serviceId)) });
}

const replyToValues = (formData: FormData) => pickFields(formDataToObject(formData), ["emailAddress", "isDefault"]);

export async function addEmailReplyToAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = replyToValues(formData);
  return saveSetting(serviceId, "reply-to-added", { schema: emailReplyToSchema, input: values, refill: values, run: (input) => addEmailReplyTo({ actor, serviceId, input }) }, replyToPath(serviceId));
}

export async function updateEmailReplyToAction(serviceId: string, replyToId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = replyToValues(formData);
  return saveSetting(serviceId, "reply-to-changed", { schema: emailReplyToSchema, input: values, refill: values, run: (input) => updateEmailReplyTo({ actor, serviceId, replyToId, input }) }, replyToPath(serviceId));
}

export async function deleteEmailReplyToAction(serviceId: string, replyToId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => deleteEmailReplyTo({ actor, serviceId, replyToId }), onAppError, done: () => done(serviceId, "reply-to-deleted", replyToPath(serviceId)) });
}

export async function changeEmailFromAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { emailFrom: String(formData.get("emailFrom") ?? "") };
  return saveSetting(serviceId, "email-sender-name", { schema: emailFromSchema, input: values, refill: values, run: (input) => changeEmailFrom({ actor, serviceId, input }) });
}

export async function changeFilesContactAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = { contactLink: String(formData.get("contactLink") ?? "") };
  return saveSetting(serviceId, "send-files-by-email", { schema: filesContactSchema, input: values, refill: values, run: (input) => changeFilesContact({ actor, serviceId, input }) });
}

export async function changeDataRetentionAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = pickFields(formDataToObject(formData), ["smsDays", "emailDays"]);
  return saveSetting(serviceId, "data-retention", { schema: dataRetentionSchema, input: values, refill: values, run: (input) => changeDataRetention({ actor, serviceId, input }) });
}

export async function requestToGoLiveAction(serviceId: string): Promise<FormState> {
  const actor = await requireUser();
  return formAction({ run: () => requestToGoLive({ actor, serviceId }), onAppError, done: () => done(serviceId, "go-live-requested") });
}

export async function chooseEmailBrandingAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return saveSetting(serviceId, "email-branding", { schema: chooseEmailBrandingSchema, input: formDataToObject(formData), run: (input) => chooseServiceEmailBranding({ actor, serviceId, input }) });
}
