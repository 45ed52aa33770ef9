import { z } from "zod";
import { validateEmailAddress } from "../domain/recipients/email";

export const createServiceSchema = z.object({
  name: z
    .string({ error: "Enter a service name" })
    .transform((v) => v.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Enter a service name").max(255, "Service name must be 255 characters or fewer")),
});
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

const UI_PERMISSION_VALUES = ["view_activity", "send_messages", "manage_templates", "manage_service", "manage_api_keys"] as const;

export const inviteTeamMemberSchema = z.object({
  emailAddress: z
    .string({ error: "Enter an email address" })
    .trim()
    .min(1, "Enter an email address")
    .max(320, "Enter an email address in the correct format, like name@example.gov")
    .refine((value) => validateEmailAddress(value).ok && !/[^\x20-\x7E]/.test(value), "Enter an email address in the correct format, like name@example.gov")
    .transform((value) => value.toLowerCase()),
  permissions: z.array(z.enum(UI_PERMISSION_VALUES, { error: "Select permissions from the list" })).default([]),
});
export type InviteTeamMemberInput = z.infer<typeof inviteTeamMemberSchema>;
