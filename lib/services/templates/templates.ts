// A service's templates: list (by folder), read with a preview, create, edit (each save is a new
// version), archive, version history, folders, and copying from another service the user is in.
// Any member can look; changing needs "Add and edit templates".
import { insertAuditEvent } from "../../db/audit";
import { findServiceProfile, listMemberServiceIds, type ServiceProfile } from "../../db/services";
import {
  archiveTemplate as archiveTemplateRow,
  findTemplate,
  insertFolder,
  insertTemplate,
  listFolders,
  listTemplates,
  listTemplateVersions,
  moveFoldersToFolder,
  moveTemplatesToFolder,
  renameFolder as renameFolderRow,
  updateTemplateContent,
  type FolderRow,
  type TemplateRow,
} from "../../db/templates";
import { hasUiPermission } from "../../domain/permissions";
import type { TemplateCategory } from "../../domain/templates/categories";
import { folderOptions, folderPath, wouldCreateLoop } from "../../domain/templates/folders";
import { extractPlaceholders } from "../../domain/templates/placeholders";
import type { EmailBrandingLayout } from "../../domain/templates/email-layout";
import { renderEmail } from "../../domain/templates/render-email";
import { renderSms } from "../../domain/templates/render-sms";
import { checkTemplateDraft, tidyTemplateDraft, type TemplateChannel } from "../../domain/templates/template-rules";
import { TEMPLATE_CATEGORY_ERROR } from "../../schemas/templates";
import { AppError } from "../../errors";
import { getEnv } from "../../env";
import type { SessionUser } from "../auth/sessions";
import { previewBrandingFor } from "../email-branding/brandings";
import { requireServiceAccess, type ServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";
import { defaultSender, smsPrefixFor } from "../../domain/notifications/prepare";

export const TEMPLATE_FOLDER_ERRORS = {
  name: "Enter a folder name",
  nameTooLong: "Folder name must be 255 characters or fewer",
  chooseTemplates: "Select at least one template or folder",
  chooseFolder: "Select where to move them",
  loop: "You cannot move a folder into itself",
} as const;

const CHANNEL_NAMES: Record<TemplateChannel, string> = { sms: "text message", email: "email" };

type Actor = { actor: SessionUser; serviceId: string };

async function profileFor(serviceId: string): Promise<ServiceProfile> {
  const profile = await findServiceProfile(serviceId);
  if (!profile) throw new AppError("NOT_FOUND", "service not found");
  return profile;
}

/** The preview of a template (or one version of it) as this service would send it, placeholders unfilled or filled. */
export function previewTemplate(
  profile: ServiceProfile,
  template: Pick<TemplateRow, "templateType" | "subject" | "content">,
  values: Map<string, unknown> = new Map(),
  branding: EmailBrandingLayout | null = null,
) {
  if (template.templateType === "sms") {
    const sms = renderSms(template.content, values, { prefix: smsPrefixFor(profile) });
    return { channel: "sms" as const, body: sms.body, count: sms.count, sender: defaultSender(profile, "sms", getEnv().NOTIFY_SERVICE_SMS_SENDER ?? null) };
  }
  const email = renderEmail({ subject: template.subject ?? "", content: template.content }, values, { isPreview: true });
  return {
    channel: "email" as const,
    subject: email.subject,
    html: email.html,
    bodyByteLength: email.bodyByteLength,
    from: `${profile.name} <${profile.emailFrom}@${getEnv().NOTIFY_EMAIL_DOMAIN}>`,
    replyTo: defaultSender(profile, "email", null),
    branding,
  };
}
export type TemplatePreview = ReturnType<typeof previewTemplate>;

function canEdit(access: ServiceAccess): boolean {
  return hasUiPermission(access.permissions, "manage_templates");
}

async function requireTemplate(serviceId: string, templateId: string): Promise<TemplateRow> {
  const template = looksLikeId(templateId) ? await findTemplate(serviceId, templateId) : null;
  if (!template) throw new AppError("NOT_FOUND", "template not found");
  return template;
}

async function requireFolder(serviceId: string, folderId: string | null): Promise<{ folders: FolderRow[]; folder: FolderRow | null }> {
  const folders = await listFolders(serviceId);
  if (!folderId) return { folders, folder: null };
  const folder = folders.find((f) => f.id === folderId);
  if (!folder) throw new AppError("NOT_FOUND", "folder not found");
  return { folders, folder };
}

/**
 * The templates page: the folders and templates directly inside `folderId` (null for the top
 * level). With a `category`, only that category's templates, and only the folders holding some.
 */
export async function listTemplatesPage({ actor, serviceId, folderId, category }: Actor & { folderId: string | null; category?: TemplateCategory }) {
  const access = await requireServiceAccess({ actor, serviceId });
  const { folders, folder } = await requireFolder(serviceId, folderId);
  const everyTemplate = await listTemplates(serviceId);
  const templates = category ? everyTemplate.filter((t) => t.category === category) : everyTemplate;
  const inFolder = templates.filter((t) => t.folderId === (folder?.id ?? null));
  // A folder counts the templates anywhere beneath it, so empty-looking folders aren't a surprise.
  const countBeneath = (id: string) => templates.filter((t) => t.folderId && folderPath(folders, t.folderId).some((f) => f.id === id)).length;
  return {
    service: access.service,
    canEdit: canEdit(access),
    canSend: hasUiPermission(access.permissions, "send_messages"),
    folder,
    breadcrumbs: folderPath(folders, folder?.id ?? null),
    folders: folders
      .filter((f) => f.parentId === (folder?.id ?? null))
      .map((f) => ({ ...f, templateCount: countBeneath(f.id) }))
      .filter((f) => !category || f.templateCount > 0),
    templates: inFolder,
    moveTargets: folderOptions(folders),
    totalTemplates: everyTemplate.length,
    category: category ?? null,
  };
}

/** One template with its preview, for the template page (archived ones too, marked as such). */
export async function getTemplate({ actor, serviceId, templateId }: Actor & { templateId: string }) {
  const access = await requireServiceAccess({ actor, serviceId });
  const template = await requireTemplate(serviceId, templateId);
  const profile = await profileFor(serviceId);
  const { folders } = await requireFolder(serviceId, null);
  const branding = await previewBrandingFor(serviceId, template.templateType);
  return {
    service: access.service,
    profile,
    template,
    placeholders: extractPlaceholders(template.subject, template.content),
    preview: previewTemplate(profile, template, new Map(), branding),
    breadcrumbs: folderPath(folders, template.folderId),
    canEdit: canEdit(access) && !template.archived,
    canSend: hasUiPermission(access.permissions, "send_messages") && !template.archived,
  };
}

/** What the add/edit form needs: the service's prefix (for the counter) and whether it may have this channel. */
export async function getTemplateFormContext({ actor, serviceId }: Actor) {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  const profile = await profileFor(serviceId);
  const { folders } = await requireFolder(serviceId, null);
  return { profile, smsPrefix: smsPrefixFor(profile), folders: folderOptions(folders) };
}

/**
 * hasUnsubscribeLink: "Add an unsubscribe link" (emails only; ignored for text messages).
 * category: what the template is for. Required: left out, it is a VALIDATION error on `category`
 * alongside the draft's other problems (optional in the type only because the form may leave it out).
 */
export type TemplateInput = { channel: TemplateChannel; name: string; subject?: string; content: string; folderId?: string | null; hasUnsubscribeLink?: boolean; category?: TemplateCategory };

function checkChannelAllowed(profile: ServiceProfile, channel: TemplateChannel, verb: "Creating" | "Updating"): void {
  if (!profile.channels.includes(channel)) {
    throw new AppError("FORBIDDEN", `${channel} not allowed`, { userMessage: `${verb} ${CHANNEL_NAMES[channel]} templates is not allowed` });
  }
}

function validateDraft(profile: ServiceProfile, input: TemplateInput) {
  const draft = tidyTemplateDraft({ channel: input.channel, name: input.name, subject: input.subject, content: input.content });
  const errors: Record<string, string> = checkTemplateDraft(draft, { smsPrefix: smsPrefixFor(profile) });
  if (!input.category) errors.category = TEMPLATE_CATEGORY_ERROR;
  if (Object.keys(errors).length > 0 || !input.category) throw new AppError("VALIDATION", "template draft invalid", { fieldErrors: errors });
  return { ...draft, category: input.category };
}

export async function createTemplate({ actor, serviceId, input }: Actor & { input: TemplateInput }): Promise<{ templateId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  const profile = await profileFor(serviceId);
  checkChannelAllowed(profile, input.channel, "Creating");
  const draft = validateDraft(profile, input);
  const { folder } = await requireFolder(serviceId, input.folderId ?? null);
  const { id } = await insertTemplate(serviceId, actor.userId, {
    name: draft.name,
    templateType: draft.channel,
    subject: draft.subject ?? null,
    content: draft.content,
    folderId: folder?.id ?? null,
    category: draft.category,
    hasUnsubscribeLink: draft.channel === "email" && (input.hasUnsubscribeLink ?? false),
  });
  await insertAuditEvent({ eventType: "template-created", userId: actor.userId, serviceId, data: { templateId: id, templateType: draft.channel, category: draft.category } });
  return { templateId: id };
}

export async function updateTemplate({ actor, serviceId, templateId, input }: Actor & { templateId: string; input: Omit<TemplateInput, "channel" | "folderId"> }): Promise<{ version: number }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  const existing = await requireTemplate(serviceId, templateId);
  if (existing.archived) throw new AppError("BAD_REQUEST", "archived", { userMessage: "This template has been deleted" });
  const profile = await profileFor(serviceId);
  checkChannelAllowed(profile, existing.templateType, "Updating");
  const draft = validateDraft(profile, { ...input, channel: existing.templateType });
  const saved = await updateTemplateContent(serviceId, templateId, actor.userId, {
    name: draft.name,
    subject: draft.subject ?? null,
    content: draft.content,
    category: draft.category,
    hasUnsubscribeLink: existing.templateType === "email" && (input.hasUnsubscribeLink ?? existing.hasUnsubscribeLink ?? false),
  });
  if (!saved) throw new AppError("NOT_FOUND", "template not found");
  if (saved.changed) await insertAuditEvent({ eventType: "template-updated", userId: actor.userId, serviceId, data: { templateId, version: saved.version, category: draft.category } });
  return { version: saved.version };
}

export async function archiveTemplate({ actor, serviceId, templateId }: Actor & { templateId: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  await requireTemplate(serviceId, templateId);
  if (!(await archiveTemplateRow(serviceId, templateId, actor.userId))) throw new AppError("NOT_FOUND", "template already deleted");
  await insertAuditEvent({ eventType: "template-archived", userId: actor.userId, serviceId, data: { templateId } });
}

/** Every saved version with who saved it and when, newest first, each with its preview. */
export async function getTemplateVersions({ actor, serviceId, templateId }: Actor & { templateId: string }) {
  await requireServiceAccess({ actor, serviceId });
  const template = await requireTemplate(serviceId, templateId);
  const profile = await profileFor(serviceId);
  const versions = await listTemplateVersions(serviceId, templateId);
  const branding = await previewBrandingFor(serviceId, template.templateType);
  return {
    template,
    versions: versions.map((v) => ({ ...v, preview: previewTemplate(profile, { templateType: template.templateType, subject: v.subject, content: v.content }, new Map(), branding) })),
  };
}

function folderName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, " ");
  if (!name) throw new AppError("VALIDATION", "folder name", { fieldErrors: { name: TEMPLATE_FOLDER_ERRORS.name } });
  if (name.length > 255) throw new AppError("VALIDATION", "folder name", { fieldErrors: { name: TEMPLATE_FOLDER_ERRORS.nameTooLong } });
  return name;
}

export async function createFolder({ actor, serviceId, name, parentId }: Actor & { name: string; parentId: string | null }): Promise<{ folderId: string }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  const { folder } = await requireFolder(serviceId, parentId);
  const { id } = await insertFolder(serviceId, folderName(name), folder?.id ?? null);
  await insertAuditEvent({ eventType: "template-folder-created", userId: actor.userId, serviceId, data: { folderId: id } });
  return { folderId: id };
}

export async function renameFolder({ actor, serviceId, folderId, name }: Actor & { folderId: string; name: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  await requireFolder(serviceId, folderId);
  await renameFolderRow(serviceId, folderId, folderName(name));
}

/** Moves chosen templates and folders into `targetFolderId` ("" or null for the top level). */
export async function moveToFolder({ actor, serviceId, templateIds, folderIds, targetFolderId }: Actor & { templateIds: string[]; folderIds: string[]; targetFolderId: string | null }): Promise<{ moved: number }> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  if (templateIds.length === 0 && folderIds.length === 0) throw new AppError("VALIDATION", "nothing chosen", { fieldErrors: { templates: TEMPLATE_FOLDER_ERRORS.chooseTemplates } });
  const { folders, folder } = await requireFolder(serviceId, targetFolderId);
  const ownFolderIds = folderIds.filter((id) => folders.some((f) => f.id === id));
  if (wouldCreateLoop(folders, ownFolderIds, folder?.id ?? null)) throw new AppError("VALIDATION", "folder loop", { fieldErrors: { moveTo: TEMPLATE_FOLDER_ERRORS.loop } });
  const moved = (await moveTemplatesToFolder(serviceId, templateIds, folder?.id ?? null)) + (await moveFoldersToFolder(serviceId, ownFolderIds, folder?.id ?? null));
  return { moved };
}

/** Templates in the user's other services, to copy into this one. */
export async function listCopyableTemplates({ actor, serviceId }: Actor) {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  const services = await listMemberServiceIds(actor.userId);
  const groups = await Promise.all(services.map(async (s) => ({ service: s, templates: await listTemplates(s.id) })));
  return groups.filter((g) => g.templates.length > 0);
}

/** A template to prefill the new-template form with, from any service the user belongs to. */
export async function getTemplateToCopy({ actor, serviceId, sourceServiceId, sourceTemplateId }: Actor & { sourceServiceId: string; sourceTemplateId: string }) {
  await requireServiceAccess({ actor, serviceId, permission: "manage_templates" });
  await requireServiceAccess({ actor, serviceId: sourceServiceId });
  const source = await requireTemplate(sourceServiceId, sourceTemplateId);
  if (source.archived) throw new AppError("NOT_FOUND", "template archived");
  return { channel: source.templateType, name: `${source.name} (copy)`, subject: source.subject ?? "", content: source.content, category: source.category };
}
