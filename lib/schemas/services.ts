import { z } from "zod";
import { accountEmailAddress } from "./auth";

export const createServiceSchema = z.object({
  name: z
    .string({ error: "Enter a service name" })
    .transform((v) => v.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Enter a service name").max(255, "Service name must be 255 characters or fewer")),
});
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

const UI_PERMISSION_VALUES = ["view_activity", "send_messages", "manage_templates", "manage_service", "manage_api_keys"] as const;

export const inviteTeamMemberSchema = z.object({
  emailAddress: accountEmailAddress("Enter an email address"),
  permissions: z.array(z.enum(UI_PERMISSION_VALUES, { error: "Select permissions from the list" })).default([]),
});
export type InviteTeamMemberInput = z.infer<typeof inviteTeamMemberSchema>;

export const editTeamMemberSchema = z.object({
  permissions: z.array(z.enum(UI_PERMISSION_VALUES, { error: "Select permissions from the list" })).default([]),
});
