// Templates against a real database: versions, archive, folders, copying, and who may do what.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { TEMPLATE_ERRORS } from "../../domain/templates/template-rules";
import { AppError } from "../../errors";
import { addTestMember, createTestActor, createTestService, rejectionCode } from "../../../testing/factories";
import {
  archiveTemplate,
  createFolder,
  createTemplate,
  getTemplate,
  getTemplateToCopy,
  getTemplateVersions,
  listCopyableTemplates,
  listTemplatesPage,
  moveToFolder,
  renameFolder,
  TEMPLATE_FOLDER_ERRORS,
  updateTemplate,
} from "./templates";

async function serviceWithOwner() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  return { owner, serviceId: service.id, serviceName: service.name };
}

describe("templates", () => {
  it("creates an SMS template at version 1 and previews it with the service-name prefix", async () => {
    const { owner, serviceId, serviceName } = await serviceWithOwner();
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "  Reminder ", content: "Hi ((name)), your appointment is on ((date)).\r\n", category: "other" } });
    const page = await getTemplate({ actor: owner, serviceId, templateId });
    expect(page.template).toMatchObject({ name: "Reminder", version: 1, templateType: "sms", content: "Hi ((name)), your appointment is on ((date))." });
    expect(page.placeholders.map((p) => p.name)).toEqual(["name", "date"]);
    expect(page.preview.channel === "sms" && page.preview.body).toBe(`${serviceName}: Hi ((name)), your appointment is on ((date)).`);
    const history = await getDb().templateHistory.findMany({ where: { id: templateId } });
    expect(history.map((h) => h.version)).toEqual([1]);
  });

  it("keeps every version with who changed it, and doesn't add one when nothing changed", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const editor = await createTestActor();
    await addTestMember(serviceId, editor.userId, ["manage_templates", "view_activity"]);
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "Welcome", subject: "Hello", content: "First", category: "other" } });
    expect(await updateTemplate({ actor: editor, serviceId, templateId, input: { name: "Welcome", subject: "Hello ((name))", content: "Second", category: "other" } })).toEqual({ version: 2 });
    expect(await updateTemplate({ actor: editor, serviceId, templateId, input: { name: "Welcome", subject: "Hello ((name))", content: "Second", category: "other" } })).toEqual({ version: 2 });
    const { versions } = await getTemplateVersions({ actor: owner, serviceId, templateId });
    const nameOf = async (userId: string) => (await getDb().user.findUniqueOrThrow({ where: { id: userId } })).name;
    expect(versions.map((v) => [v.version, v.content, v.createdByName])).toEqual([
      [2, "Second", await nameOf(editor.userId)],
      [1, "First", await nameOf(owner.userId)],
    ]);
    expect(versions[0]?.preview.channel === "email" && versions[0].preview.subject).toBe("Hello ((name))");
  });

  it("rejects bad drafts with Notify's messages and saves nothing", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const error = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "", subject: " ", content: "Hi ((a,b))", category: "other" } }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ name: TEMPLATE_ERRORS.name, subject: TEMPLATE_ERRORS.subject, content: TEMPLATE_ERRORS.commas });
    const tooLong = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Long", content: "x".repeat(920), category: "other" } }).catch((e: AppError) => e);
    expect((tooLong as AppError).fieldErrors).toEqual({ content: "You have 2 characters too many" });
    expect(await getDb().template.count({ where: { serviceId } })).toBe(0);
  });

  it("refuses a channel the service cannot send", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    await getDb().servicePermission.deleteMany({ where: { serviceId, permission: "sms" } });
    const error = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "x", content: "y", category: "other" } }).catch((e: AppError) => e);
    expect((error as AppError).userMessage).toBe("Creating text message templates is not allowed");
  });

  it("archives a template: gone from lists, still viewable, no longer editable", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Old", content: "Bye", category: "other" } });
    await archiveTemplate({ actor: owner, serviceId, templateId });
    expect((await listTemplatesPage({ actor: owner, serviceId, folderId: null })).templates).toEqual([]);
    const page = await getTemplate({ actor: owner, serviceId, templateId });
    expect(page.template.archived).toBe(true);
    expect(page.canEdit).toBe(false);
    expect(page.template.version).toBe(2);
    expect(await rejectionCode(updateTemplate({ actor: owner, serviceId, templateId, input: { name: "x", content: "y", category: "other" } }))).toBe("BAD_REQUEST");
  });

  it("organises templates in folders and refuses to move a folder into itself", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const { folderId: parent } = await createFolder({ actor: owner, serviceId, name: "Reminders", parentId: null });
    const { folderId: child } = await createFolder({ actor: owner, serviceId, name: "Weekly", parentId: parent });
    await renameFolder({ actor: owner, serviceId, folderId: child, name: "Every week" });
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Ping", content: "Ping", category: "other" } });
    await moveToFolder({ actor: owner, serviceId, templateIds: [templateId], folderIds: [], targetFolderId: child });
    const top = await listTemplatesPage({ actor: owner, serviceId, folderId: null });
    expect(top.templates).toEqual([]);
    expect(top.folders.map((f) => [f.name, f.templateCount])).toEqual([["Reminders", 1]]);
    const inside = await listTemplatesPage({ actor: owner, serviceId, folderId: child });
    expect(inside.breadcrumbs.map((b) => b.name)).toEqual(["Reminders", "Every week"]);
    expect(inside.templates.map((t) => t.id)).toEqual([templateId]);
    const loop = await moveToFolder({ actor: owner, serviceId, templateIds: [], folderIds: [parent], targetFolderId: child }).catch((e: AppError) => e);
    expect((loop as AppError).fieldErrors).toEqual({ moveTo: TEMPLATE_FOLDER_ERRORS.loop });
    const empty = await moveToFolder({ actor: owner, serviceId, templateIds: [], folderIds: [], targetFolderId: null }).catch((e: AppError) => e);
    expect((empty as AppError).fieldErrors).toEqual({ templates: TEMPLATE_FOLDER_ERRORS.chooseTemplates });
  });

  it("copies from another service the user belongs to, but not from one they don't", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const other = await createTestService(owner.userId);
    const { templateId } = await createTemplate({ actor: owner, serviceId: other.id, input: { channel: "email", name: "Letter", subject: "Re: ((topic))", content: "Body", category: "request" } });
    const groups = await listCopyableTemplates({ actor: owner, serviceId });
    expect(groups.find((g) => g.service.id === other.id)?.templates.map((t) => t.id)).toEqual([templateId]);
    expect(await getTemplateToCopy({ actor: owner, serviceId, sourceServiceId: other.id, sourceTemplateId: templateId })).toEqual({ channel: "email", name: "Letter (copy)", subject: "Re: ((topic))", content: "Body", category: "request" });
    const stranger = await serviceWithOwner();
    expect(await rejectionCode(getTemplateToCopy({ actor: stranger.owner, serviceId: stranger.serviceId, sourceServiceId: other.id, sourceTemplateId: templateId }))).toBe("NOT_FOUND");
  });

  it("lets members without the permission look but not change, and hides other services' templates", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const viewer = await createTestActor();
    await addTestMember(serviceId, viewer.userId, ["view_activity"]);
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "T", content: "C", category: "other" } });
    expect((await getTemplate({ actor: viewer, serviceId, templateId })).canEdit).toBe(false);
    expect(await rejectionCode(updateTemplate({ actor: viewer, serviceId, templateId, input: { name: "x", content: "y", category: "other" } }))).toBe("FORBIDDEN");
    expect(await rejectionCode(archiveTemplate({ actor: viewer, serviceId, templateId }))).toBe("FORBIDDEN");
    expect(await rejectionCode(createFolder({ actor: viewer, serviceId, name: "F", parentId: null }))).toBe("FORBIDDEN");
    const outsider = await serviceWithOwner();
    // A template id from another service is "not found", even for someone who can edit their own.
    expect(await rejectionCode(getTemplate({ actor: outsider.owner, serviceId: outsider.serviceId, templateId }))).toBe("NOT_FOUND");
    expect(await rejectionCode(updateTemplate({ actor: outsider.owner, serviceId: outsider.serviceId, templateId, input: { name: "x", content: "y", category: "other" } }))).toBe("NOT_FOUND");
  });
});

describe("the unsubscribe link setting", () => {
  it("is kept on the email template and each version; turning it on or off is a new version", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "News", subject: "News", content: "Hello", hasUnsubscribeLink: true, category: "other" } });
    const versions = () => getDb().templateHistory.findMany({ where: { id: templateId }, orderBy: { version: "asc" }, select: { version: true, hasUnsubscribeLink: true } });
    expect(await versions()).toEqual([{ version: 1, hasUnsubscribeLink: true }]);
    expect(await updateTemplate({ actor: owner, serviceId, templateId, input: { name: "News", subject: "News", content: "Hello", hasUnsubscribeLink: true, category: "other" } })).toEqual({ version: 1 });
    expect(await updateTemplate({ actor: owner, serviceId, templateId, input: { name: "News", subject: "News", content: "Hello", hasUnsubscribeLink: false, category: "other" } })).toEqual({ version: 2 });
    expect(await versions()).toEqual([{ version: 1, hasUnsubscribeLink: true }, { version: 2, hasUnsubscribeLink: false }]);
    expect((await getTemplate({ actor: owner, serviceId, templateId })).template.hasUnsubscribeLink).toBe(false);
  });

  it("is never on for a text message template", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Hi", content: "Hello", hasUnsubscribeLink: true, category: "other" } });
    expect(await getDb().template.findUniqueOrThrow({ where: { id: templateId }, select: { hasUnsubscribeLink: true } })).toEqual({ hasUnsubscribeLink: false });
  });
});
