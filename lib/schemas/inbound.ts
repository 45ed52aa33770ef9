// Input of the local received-text simulator (the /outbox form and `npm run simulate-inbound-sms`).
// Messages in GOV.UK/USWDS voice; both ways in say the same thing.
import { z } from "zod";
import { validatePhoneNumber } from "../domain/recipients/phone";
import { SMS_CHARACTER_LIMIT } from "../domain/sms/segments";

/** The longest simulated text: Notify's limit for a text message it sends. */
export const SIMULATED_TEXT_LIMIT = SMS_CHARACTER_LIMIT;

export const SIMULATE_INBOUND_SMS_ERRORS = {
  toRequired: "Select the number the text was sent to",
  fromRequired: "Enter the phone number the text was sent from",
  fromFormat: (problem: string) => `Enter a phone number in the correct format, like 202-555-0123 or +44 7700 900123 (${problem.replace(/\.$/, "").toLowerCase()})`,
  messageRequired: "Enter the message",
  messageTooLong: `The message must be ${SIMULATED_TEXT_LIMIT.toLocaleString("en-US")} characters or fewer`,
  /** The number is not a service's, or its service can't receive texts (checked by the service function). */
  toUnknown: (number: string) => `There is no service that can receive text messages on ${number}`,
} as const;

/** The service's number, as E.164 when it reads as a phone number (the service function looks it up). */
const to = z.string({ error: SIMULATE_INBOUND_SMS_ERRORS.toRequired }).transform((value, ctx) => {
  const text = value.trim();
  if (!text) {
    ctx.addIssue({ code: "custom", message: SIMULATE_INBOUND_SMS_ERRORS.toRequired });
    return z.NEVER;
  }
  const result = validatePhoneNumber(text, { allowInternational: true });
  return result.ok ? result.e164 : text;
});

/** The sender: a US number written any common way, or an international one with its + and country code. */
const from = z.string({ error: SIMULATE_INBOUND_SMS_ERRORS.fromRequired }).transform((value, ctx) => {
  if (!value.trim()) {
    ctx.addIssue({ code: "custom", message: SIMULATE_INBOUND_SMS_ERRORS.fromRequired });
    return z.NEVER;
  }
  const result = validatePhoneNumber(value, { allowInternational: true });
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: SIMULATE_INBOUND_SMS_ERRORS.fromFormat(result.error) });
    return z.NEVER;
  }
  return result.e164;
});

const message = z
  .string({ error: SIMULATE_INBOUND_SMS_ERRORS.messageRequired })
  .refine((value) => value.trim().length > 0, SIMULATE_INBOUND_SMS_ERRORS.messageRequired)
  .refine((value) => [...value].length <= SIMULATED_TEXT_LIMIT, SIMULATE_INBOUND_SMS_ERRORS.messageTooLong);

export const simulateInboundSmsSchema = z.object({ to, from, message });
export type SimulateInboundSmsInput = z.infer<typeof simulateInboundSmsSchema>;

/** Giving a service an inbound number on a laptop (`npm run simulate-inbound-sms -- --give-number <service ID> [--number <number>]`). */
export const giveLocalInboundNumberSchema = z.object({
  serviceId: z.uuid({ error: "Enter the service ID from the service’s address in the portal (/services/<service ID>)" }),
  number: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || !value.trim()) return undefined;
      const result = validatePhoneNumber(value, { allowInternational: true });
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: `Enter the number in the correct format, like +1 202-555-0150 (${result.error.replace(/\.$/, "").toLowerCase()})` });
        return z.NEVER;
      }
      return result.e164;
    }),
});
