// The body of a POST to an unsubscribe link: a mail client's RFC 8058 one-click request
// (`List-Unsubscribe=One-Click`), or the confirm button on our unsubscribe page (`confirm=page`).
import { z } from "zod";

export const UNSUBSCRIBE_BODY_ERROR = "To unsubscribe, send List-Unsubscribe=One-Click as a form field";

export const unsubscribePostSchema = z
  .object({
    "List-Unsubscribe": z.literal("One-Click", { error: UNSUBSCRIBE_BODY_ERROR }).optional(),
    confirm: z.literal("page", { error: UNSUBSCRIBE_BODY_ERROR }).optional(),
  })
  .refine((body) => body["List-Unsubscribe"] !== undefined || body.confirm !== undefined, { error: UNSUBSCRIBE_BODY_ERROR })
  .transform((body) => ({ source: body.confirm === "page" ? ("page" as const) : ("one-click" as const) }));
export type UnsubscribePostInput = z.infer<typeof unsubscribePostSchema>;
