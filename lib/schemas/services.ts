import { z } from "zod";

export const createServiceSchema = z.object({
  name: z
    .string({ error: "Enter a service name" })
    .transform((v) => v.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Enter a service name").max(255, "Service name must be 255 characters or fewer")),
});
export type CreateServiceInput = z.infer<typeof createServiceSchema>;
