// Form and payload shapes for templates and folders. Content rules (commas in placeholders, the
// 918-character limit) live in lib/domain/templates/template-rules.ts; these only check shape.
import { z } from "zod";
import { TEMPLATE_CATEGORIES } from "../domain/templates/categories";
import { LANES } from "../jobs/lanes";

const uuid = z.uuid({ error: "Select a folder from the list" });
const optionalFolder = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(uuid.nullable());

export const TEMPLATE_CATEGORY_ERROR = "Select what this template is for";

export const templateFormSchema = z.object({
  name: z.string({ error: "Enter a template name" }).max(10_000, "Template name must be 255 characters or fewer"),
  subject: z.string().max(100_000, "Subject line is too long").optional(),
  // Far beyond any sendable message; the content rules give the exact figure under this.
  content: z.string({ error: "Enter a message" }).max(3_000_000, "Your message is too long"),
  folderId: optionalFolder,
  /**
   * What the template is for, which decides how soon its messages are delivered. Unanswered it is
   * left out here and refused by the service, so the summary lists it with the content rules' errors.
   */
  category: z.enum(TEMPLATE_CATEGORIES, { error: TEMPLATE_CATEGORY_ERROR }).optional(),
  /** Emails: the "Add an unsubscribe link" checkbox (present when ticked). */
  hasUnsubscribeLink: z
    .literal("yes", { error: "Select whether to add an unsubscribe link" })
    .optional()
    .transform((v) => v === "yes"),
});
export type TemplateFormInput = z.infer<typeof templateFormSchema>;

/** A platform admin's lane for one template: a lane, or "category" for the one its category gives. */
export const templateLaneSchema = z.object({
  lane: z
    .enum(["category", ...LANES], { error: "Select which lane this template’s messages are delivered from" })
    .transform((v) => (v === "category" ? null : v)),
});
export type TemplateLaneInput = z.infer<typeof templateLaneSchema>;

/** The templates list's ?category= filter: a category, or nothing (all templates) when missing or unknown. */
export const templateListFilterSchema = z.object({
  category: z.enum(TEMPLATE_CATEGORIES).optional().catch(undefined),
});

export const templateChannelSchema = z.enum(["sms", "email"], { error: "Select the type of template you want to add" });

export const folderFormSchema = z.object({
  name: z.string({ error: "Enter a folder name" }).max(10_000, "Folder name must be 255 characters or fewer"),
  parentId: optionalFolder,
});

export const moveFormSchema = z.object({
  templateIds: z.array(z.uuid({ error: "Select templates from the list" })).max(1000),
  folderIds: z.array(z.uuid({ error: "Select folders from the list" })).max(1000),
  moveTo: z
    .string({ error: "Select where to move them" })
    .min(1, "Select where to move them")
    .transform((v) => (v === "top" ? null : v))
    .pipe(z.uuid({ error: "Select where to move them" }).nullable()),
});
