import { z } from "zod";

export const createApiKeySchema = z.object({
  name: z.string({ error: "Enter a name for this key" }).trim().min(1, "Enter a name for this key").max(255, "Key name must be 255 characters or fewer"),
  keyType: z.enum(["normal", "team", "test"], { error: "Select a type of key" }),
});
