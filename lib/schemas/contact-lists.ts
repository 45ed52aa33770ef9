import { z } from "zod";

export const CHOOSE_TEMPLATE_ERROR = "Choose a template";

/** The template a saved contact list is sent with. */
export const contactListTemplateSchema = z.object({
  templateId: z.string({ error: CHOOSE_TEMPLATE_ERROR }).trim().min(1, CHOOSE_TEMPLATE_ERROR),
});

export type ContactListTemplateInput = z.infer<typeof contactListTemplateSchema>;
