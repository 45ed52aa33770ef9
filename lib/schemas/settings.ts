// Input schemas for a service's settings, its guest list, going live and the platform-admin pages.
// The messages are what people read (GOV.UK/USWDS voice), the same wherever these inputs appear.
import { z } from "zod";
import { FILES_CONTACT_ERRORS, validateFilesContact } from "../domain/documents/contact";
import { validateEmailAddress } from "../domain/recipients/email";
import { REPORT_DOWNLOADS } from "../domain/reports/aggregate-report";
import { DATA_RETENTION, validateEmailFrom, validateOriginationIdentity, validateSmsSender, type SenderResult } from "../domain/senders";

export { createServiceSchema as changeServiceNameSchema, type CreateServiceInput as ChangeServiceNameInput } from "./services";

/** A string checked by one of lib/domain/senders' validators; the result is its normalised value. */
function checkedBy(validate: (raw: string) => SenderResult, missing: string) {
  return z.string({ error: missing }).transform((value, ctx) => {
    const result = validate(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.value;
  });
}

const onOff = (message: string) => z.enum(["on", "off"], { error: message }).transform((v) => v === "on");

/** A checkbox: present ("yes") when ticked, absent otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "yes");

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const smsPrefixSchema = z.object({ prefixSms: onOff("Select on or off") });
export type SmsPrefixInput = z.infer<typeof smsPrefixSchema>;

export const internationalSmsSchema = z.object({ internationalSms: onOff("Select on or off") });
export type InternationalSmsInput = z.infer<typeof internationalSmsSchema>;

const MAX_MESSAGES_PER_SECOND = 1000;

export const smsSenderSchema = z.object({
  smsSender: checkedBy(validateSmsSender, "Enter a text message sender"),
  originationIdentity: z.preprocess(blankToUndefined, checkedBy(validateOriginationIdentity, "").optional()),
  messagesPerSecond: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `Enter a whole number of messages per second from 1 to ${MAX_MESSAGES_PER_SECOND}` })
      .int(`Enter a whole number of messages per second from 1 to ${MAX_MESSAGES_PER_SECOND}`)
      .min(1, `Enter a whole number of messages per second from 1 to ${MAX_MESSAGES_PER_SECOND}`)
      .max(MAX_MESSAGES_PER_SECOND, `Enter a whole number of messages per second from 1 to ${MAX_MESSAGES_PER_SECOND}`)
      .optional(),
  ),
  isDefault: checkbox,
});
export type SmsSenderInput = z.infer<typeof smsSenderSchema>;

const REPLY_TO_FORMAT = "Enter an email address in the correct format, like name@example.gov";

export const emailReplyToSchema = z.object({
  emailAddress: z.string({ error: "Enter an email address" }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: "Enter an email address" });
      return z.NEVER;
    }
    const result = validateEmailAddress(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: REPLY_TO_FORMAT });
      return z.NEVER;
    }
    return result.normalised;
  }),
  isDefault: checkbox,
});
export type EmailReplyToInput = z.infer<typeof emailReplyToSchema>;

export const emailFromSchema = z.object({ emailFrom: checkedBy(validateEmailFrom, "Enter an email sender name") });
export type EmailFromInput = z.infer<typeof emailFromSchema>;

const retentionDays = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: DATA_RETENTION.error })
    .int(DATA_RETENTION.error)
    .min(DATA_RETENTION.min, DATA_RETENTION.error)
    .max(DATA_RETENTION.max, DATA_RETENTION.error),
);

export const dataRetentionSchema = z.object({ smsDays: retentionDays, emailDays: retentionDays });
export type DataRetentionInput = z.infer<typeof dataRetentionSchema>;

export const MAX_DAILY_LIMIT = 999_999_999;

const dailyLimit = (what: string) =>
  z.preprocess(
    (v) => blankToUndefined(typeof v === "string" ? v.replace(/[\s,]/g, "") : v),
    z.coerce
      .number({ error: `Enter the daily limit for ${what}` })
      .int(`Enter the daily limit for ${what} as a whole number`)
      .min(0, `The daily limit for ${what} must be 0 or more`)
      .max(MAX_DAILY_LIMIT, `The daily limit for ${what} must be ${MAX_DAILY_LIMIT.toLocaleString("en-US")} or fewer`),
  );

export const dailyLimitsSchema = z.object({
  smsMessageLimit: dailyLimit("text messages"),
  emailMessageLimit: dailyLimit("emails"),
  internationalSmsMessageLimit: dailyLimit("international text messages"),
  totalMessageLimit: dailyLimit("all messages"),
});
export type DailyLimitsInput = z.infer<typeof dailyLimitsSchema>;

export const rejectGoLiveSchema = z.object({
  reason: z.preprocess(blankToUndefined, z.string().trim().max(1000, "Reason must be 1,000 characters or fewer").optional()),
});
export type RejectGoLiveInput = z.infer<typeof rejectGoLiveSchema>;

export const findUserSchema = z.object({
  email: z
    .string({ error: "Enter an email address" })
    .trim()
    .min(1, "Enter an email address")
    .max(320, "Enter an email address in the correct format, like name@example.gov")
    .transform((v) => v.toLowerCase()),
});

/** The contact details shown on the service's file download pages ("Send files by email"). */
export const filesContactSchema = z.object({
  contactLink: z.string({ error: FILES_CONTACT_ERRORS.required }).transform((value, ctx) => {
    const result = validateFilesContact(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.value;
  }),
});
export type FilesContactInput = z.infer<typeof filesContactSchema>;

/** "Reports your team can download": with recipients, or counts only. */
export const reportDownloadsSchema = z.object({
  reportDownloads: z.enum(REPORT_DOWNLOADS, { error: "Select which reports your team can download" }),
});
export type ReportDownloadsInput = z.infer<typeof reportDownloadsSchema>;
