// Templates, their versions and folders. Every query is scoped to one service id; a template or
// folder id from another service is simply not found. Each change to a template bumps its version
// and copies it to templates_history in the same transaction.
import { getDb } from "./client";
import type { TemplateType } from "./generated/client";
import type { TemplateCategory } from "../domain/templates/categories";
import type { Lane } from "../jobs/lanes";

export type TemplateRow = {
  id: string;
  serviceId: string;
  name: string;
  templateType: TemplateType;
  subject: string | null;
  content: string;
  version: number;
  folderId: string | null;
  archived: boolean;
  /** Selected by this file's reads (other modules' selects may leave it out). */
  hasUnsubscribeLink?: boolean;
  /** What it is for; with laneOverride, the lane its messages are delivered from (laneForSend). */
  category: TemplateCategory;
  laneOverride: Lane | null;
  createdAt: Date;
  updatedAt: Date;
};

const TEMPLATE_SELECT = {
  id: true,
  serviceId: true,
  name: true,
  templateType: true,
  subject: true,
  content: true,
  version: true,
  folderId: true,
  archived: true,
  hasUnsubscribeLink: true,
  category: true,
  laneOverride: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type FolderRow = { id: string; name: string; parentId: string | null };

export async function listTemplates(serviceId: string): Promise<TemplateRow[]> {
  return getDb().template.findMany({
    where: { serviceId, archived: false, hidden: false },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: TEMPLATE_SELECT,
  });
}

export async function listFolders(serviceId: string): Promise<FolderRow[]> {
  return getDb().templateFolder.findMany({ where: { serviceId }, orderBy: { name: "asc" }, select: { id: true, name: true, parentId: true } });
}

/** A template of this service, archived ones included (they can still be looked at). */
export async function findTemplate(serviceId: string, templateId: string): Promise<TemplateRow | null> {
  return getDb().template.findFirst({ where: { id: templateId, serviceId, hidden: false }, select: TEMPLATE_SELECT });
}

export type TemplateContent = { name: string; templateType: TemplateType; subject: string | null; content: string; hasUnsubscribeLink?: boolean };

export async function insertTemplate(serviceId: string, createdById: string, template: TemplateContent & { folderId: string | null }): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.template.create({ data: { ...template, serviceId, createdById, version: 1 }, select: { id: true } });
    await tx.templateHistory.create({
      data: { id: row.id, version: 1, serviceId, createdById, name: template.name, templateType: template.templateType, subject: template.subject, content: template.content, hasUnsubscribeLink: template.hasUnsubscribeLink ?? false },
    });
    return row;
  });
}

/**
 * Saves new name/subject/content as the next version. Nothing is written when nothing changed.
 * Returns the version now current, or null if the template is not this service's or is archived.
 */
export async function updateTemplateContent(
  serviceId: string,
  templateId: string,
  userId: string,
  changes: { name: string; subject: string | null; content: string; hasUnsubscribeLink: boolean },
): Promise<{ version: number; changed: boolean } | null> {
  return getDb().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ version: number; name: string; subject: string | null; content: string; archived: boolean; has_unsubscribe_link: boolean }[]>`
      SELECT version, name, subject, content, archived, has_unsubscribe_link FROM templates WHERE id = ${templateId}::uuid AND service_id = ${serviceId}::uuid FOR UPDATE`;
    if (!current || current.archived) return null;
    if (current.name === changes.name && current.subject === changes.subject && current.content === changes.content && current.has_unsubscribe_link === changes.hasUnsubscribeLink) {
      return { version: current.version, changed: false };
    }
    const updated = await tx.template.update({
      where: { id: templateId },
      data: { ...changes, version: { increment: 1 }, createdById: userId },
      select: { version: true, templateType: true, redactPersonalisation: true },
    });
    await tx.templateHistory.create({
      data: { id: templateId, version: updated.version, serviceId, createdById: userId, templateType: updated.templateType, redactPersonalisation: updated.redactPersonalisation, ...changes },
    });
    return { version: updated.version, changed: true };
  });
}

/** Archives ("deletes") a template: out of its folder and every list, recorded as a version. */
export async function archiveTemplate(serviceId: string, templateId: string, userId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ archived: boolean }[]>`
      SELECT archived FROM templates WHERE id = ${templateId}::uuid AND service_id = ${serviceId}::uuid FOR UPDATE`;
    if (!current || current.archived) return false;
    const row = await tx.template.update({
      where: { id: templateId },
      data: { archived: true, folderId: null, version: { increment: 1 }, createdById: userId },
      select: { version: true, name: true, templateType: true, subject: true, content: true, redactPersonalisation: true, hasUnsubscribeLink: true },
    });
    await tx.templateHistory.create({ data: { id: templateId, serviceId, createdById: userId, archived: true, ...row } });
    return true;
  });
}

export type TemplateVersionRow = { version: number; name: string; subject: string | null; content: string; archived: boolean; createdAt: Date; createdByName: string };

/** Every version, newest first, with the name of who saved it. */
export async function listTemplateVersions(serviceId: string, templateId: string): Promise<TemplateVersionRow[]> {
  const db = getDb();
  const rows = await db.templateHistory.findMany({
    where: { id: templateId, serviceId },
    orderBy: { version: "desc" },
    select: { version: true, name: true, subject: true, content: true, archived: true, createdAt: true, createdById: true },
  });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ createdById, ...row }) => ({ ...row, createdByName: names.get(createdById) ?? "Unknown" }));
}

export async function insertFolder(serviceId: string, name: string, parentId: string | null): Promise<{ id: string }> {
  return getDb().templateFolder.create({ data: { serviceId, name, parentId }, select: { id: true } });
}

export async function renameFolder(serviceId: string, folderId: string, name: string): Promise<boolean> {
  return (await getDb().templateFolder.updateMany({ where: { id: folderId, serviceId }, data: { name } })).count === 1;
}

/** Moves templates (of this service, not archived) into a folder, or to the top level with null. */
export async function moveTemplatesToFolder(serviceId: string, templateIds: readonly string[], folderId: string | null): Promise<number> {
  return (await getDb().template.updateMany({ where: { id: { in: [...templateIds] }, serviceId, archived: false }, data: { folderId } })).count;
}

/** Moves folders under another folder (or to the top level). The caller checks it makes no loop. */
export async function moveFoldersToFolder(serviceId: string, folderIds: readonly string[], parentId: string | null): Promise<number> {
  return (await getDb().templateFolder.updateMany({ where: { id: { in: [...folderIds] }, serviceId }, data: { parentId } })).count;
}

/** A template as it was at `version` (what a job or notification was created with). */
export async function findTemplateContentVersion(serviceId: string, templateId: string, version: number): Promise<{ templateType: "sms" | "email"; subject: string | null; content: string } | null> {
  return getDb().templateHistory.findFirst({ where: { id: templateId, version, serviceId }, select: { templateType: true, subject: true, content: true } });
}

export type TemplateVersionContent = { subject: string | null; content: string; hasUnsubscribeLink: boolean };

/**
 * The subject and content of each template version these notifications were made with, in one
 * query: look one up with `versions.get(templateVersionKey(templateId, templateVersion))`.
 */
export async function findTemplateVersions(rows: readonly { templateId: string; templateVersion: number }[]): Promise<Map<string, TemplateVersionContent>> {
  const pairs = [...new Map(rows.map((r) => [templateVersionKey(r.templateId, r.templateVersion), { id: r.templateId, version: r.templateVersion }])).values()];
  if (pairs.length === 0) return new Map();
  const versions = await getDb().templateHistory.findMany({ where: { OR: pairs }, select: { id: true, version: true, subject: true, content: true, hasUnsubscribeLink: true } });
  return new Map(versions.map((v) => [templateVersionKey(v.id, v.version), { subject: v.subject, content: v.content, hasUnsubscribeLink: v.hasUnsubscribeLink }]));
}

export function templateVersionKey(templateId: string, version: number): string {
  return `${templateId}:${version}`;
}
