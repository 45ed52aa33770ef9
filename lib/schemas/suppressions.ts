// The do-not-send list's forms: add a number or address, remove one with a reason from a fixed list.
import { z } from "zod";
import { REMOVAL_REASONS } from "../domain/recipients/suppression";

export const SUPPRESSION_FORM_ERRORS = {
  channel: "Select text message or email",
  recipient: "Enter a phone number or email address",
  noteTooLong: "Note must be 500 characters or fewer",
  removalReason: "Select why you are removing it",
  notFound: "This entry is not on your service’s do-not-send list. It may have been removed already.",
} as const;

export const addSuppressionSchema = z.object({
  channel: z.enum(["sms", "email"], { error: SUPPRESSION_FORM_ERRORS.channel }),
  recipient: z.string({ error: SUPPRESSION_FORM_ERRORS.recipient }).trim().min(1, SUPPRESSION_FORM_ERRORS.recipient).max(255),
  note: z.string().trim().max(500, SUPPRESSION_FORM_ERRORS.noteTooLong).optional(),
});
export type AddSuppressionInput = z.infer<typeof addSuppressionSchema>;

export const removeSuppressionSchema = z.object({
  id: z.string().trim().min(1),
  reason: z.enum(REMOVAL_REASONS, { error: SUPPRESSION_FORM_ERRORS.removalReason }),
});
export type RemoveSuppressionInput = z.infer<typeof removeSuppressionSchema>;
