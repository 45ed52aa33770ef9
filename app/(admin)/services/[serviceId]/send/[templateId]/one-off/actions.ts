"use server";
// One action drives every step of sending one message: the hidden "stage" and "index" fields say
// where the user is, the pressed button says what they want (continue, back, use my number, send).
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { parseScheduleChoice } from "@/lib/domain/notifications/schedule";
import { describeSmsCharge } from "@/lib/domain/templates/template-rules";
import { withoutNul } from "@/lib/domain/text/nul";
import { AppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-state";
import { checkRecipient, checkValues, getOneOffContext, ONE_OFF_ERRORS, previewOneOff, sendOneOff, type OneOffContext } from "@/lib/services/notifications/send-one-off";
import type { OneOffStage, OneOffState } from "./state";

const VALUE_PREFIX = "placeholder:";

function readForm(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(VALUE_PREFIX) && typeof value === "string") values[name.slice(VALUE_PREFIX.length)] = withoutNul(value).slice(0, 100_000);
  }
  const stage = formText(formData, "stage") || "recipient";
  return {
    stage: (["recipient", "placeholder", "check"].includes(stage) ? stage : "recipient") as OneOffStage,
    index: Math.max(0, Math.min(1000, Number.parseInt(String(formData.get("index") ?? "0"), 10) || 0)),
    intent: formText(formData, "intent") || "continue",
    recipient: formText(formData, "recipient").slice(0, 320),
    when: formText(formData, "when") || "now",
    values,
  };
}

function checkStage(context: OneOffContext, base: OneOffState): OneOffState {
  const checked = checkValues(context, base.values);
  if (!checked.ok) {
    if (checked.unknown !== undefined) return { ...base, stage: "recipient", index: 0, values: {}, fieldErrors: {}, formError: ONE_OFF_ERRORS.unknownPlaceholder(checked.unknown) };
    const first = checked.missing[0] ?? 0;
    return { ...base, stage: "placeholder", index: first, fieldErrors: { [`placeholder-${first}`]: ONE_OFF_ERRORS.missingValue(context.placeholders[first]?.name ?? "a value") } };
  }
  const { preview, error, parts } = previewOneOff(context, checked.values);
  const data = preview.channel === "sms" ? { channel: "sms" as const, body: preview.body, sender: preview.sender } : { channel: "email" as const, subject: preview.subject, html: preview.html, from: preview.from, replyTo: preview.replyTo };
  return {
    ...base,
    stage: "check",
    fieldErrors: {},
    preview: data,
    chargeText: preview.channel === "sms" ? describeSmsCharge({ ...preview.count, parts }, false) : undefined,
    ...(error ? { formError: error } : {}),
  };
}

export async function oneOffAction(serviceId: string, templateId: string, _state: OneOffState, formData: FormData): Promise<OneOffState> {
  const user = await requireUser();
  let context: OneOffContext;
  try {
    context = await getOneOffContext({ actor: user, serviceId, templateId });
  } catch (error) {
    if (error instanceof AppError) redirect(`/services/${serviceId}/templates/${templateId}`);
    throw error;
  }
  const form = readForm(formData);
  const base: OneOffState = { stage: form.stage, index: form.index, recipient: form.recipient, values: form.values, fieldErrors: {} };
  const count = context.placeholders.length;

  if (form.intent === "back") {
    if (form.stage === "check") return count > 0 ? { ...base, stage: "placeholder", index: count - 1 } : { ...base, stage: "recipient" };
    if (form.stage === "placeholder" && form.index > 0) return { ...base, index: form.index - 1 };
    return { ...base, stage: "recipient", index: 0 };
  }

  if (form.stage === "recipient") {
    const recipient = form.intent === "use-mine" ? context.ownRecipient : form.recipient;
    if (form.intent === "use-mine" && !recipient) return { ...base, fieldErrors: { recipient: ONE_OFF_ERRORS.noOwnNumber } };
    const checked = await checkRecipient(context, recipient ?? "");
    if (!checked.ok) return { ...base, recipient: recipient ?? "", fieldErrors: { recipient: checked.error } };
    const next = { ...base, recipient: recipient ?? "" };
    return count > 0 ? { ...next, stage: "placeholder", index: 0 } : checkStage(context, next);
  }

  if (form.stage === "placeholder") {
    const placeholder = context.placeholders[form.index];
    if (!placeholder) return checkStage(context, base);
    if (!(form.values[placeholder.key] ?? "").trim()) return { ...base, fieldErrors: { [`placeholder-${form.index}`]: ONE_OFF_ERRORS.missingValue(placeholder.name) } };
    return form.index + 1 < count ? { ...base, index: form.index + 1 } : checkStage(context, base);
  }

  // The check page: send now or at the chosen time.
  const when = parseScheduleChoice(form.when, new Date());
  if (!when.ok) return { ...checkStage(context, base), fieldErrors: { when: when.error } };
  let notificationId: string;
  try {
    ({ notificationId } = await sendOneOff({ actor: user, serviceId, templateId, recipient: form.recipient, values: form.values, scheduledFor: when.scheduledFor }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.fieldErrors?.recipient) return { ...base, stage: "recipient", fieldErrors: error.fieldErrors };
    if (error.fieldErrors) return checkStage(context, base);
    return { ...checkStage(context, base), formError: error.userMessage };
  }
  redirect(`/services/${serviceId}/notification/${notificationId}?sent=1`);
}
