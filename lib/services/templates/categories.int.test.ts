// Template categories against a real database: chosen on create and edit (a change is a new
// version, like a new name), the list filtered by category, and a platform admin's lane override.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { TEMPLATE_ERRORS } from "../../domain/templates/template-rules";
import { AppError } from "../../errors";
import { addTestMember, createTestActor, createTestService, rejectionCode } from "../../../testing/factories";
import { getTemplateForLane, listTemplateLaneOverrides, setTemplateLane } from "../platform-admin/template-lanes";
import { createFolder, createTemplate, getTemplate, listTemplatesPage, updateTemplate } from "./templates";

async function serviceWithOwner() {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  return { owner, serviceId: service.id };
}

const auditOf = async (serviceId: string, eventType: string) => (await getDb().auditEvent.findMany({ where: { serviceId, eventType }, orderBy: { createdAt: "asc" }, select: { data: true } })).map((e) => e.data);

describe("template categories", () => {
  it("saves the category chosen for a text message or email template", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const sms = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Code", content: "Your code is ((code))", category: "authentication" } });
    const email = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "News", subject: "News", content: "Hello", category: "information" } });
    expect((await getTemplate({ actor: owner, serviceId, templateId: sms.templateId })).template).toMatchObject({ category: "authentication", laneOverride: null });
    expect((await getTemplate({ actor: owner, serviceId, templateId: email.templateId })).template.category).toBe("information");
    expect(await auditOf(serviceId, "template-created")).toEqual([
      { templateId: sms.templateId, templateType: "sms", category: "authentication" },
      { templateId: email.templateId, templateType: "email", category: "information" },
    ]);
  });

  it("refuses a template without a category, with the draft's other problems, and saves nothing", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const error = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "", content: "Hi" } }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ name: TEMPLATE_ERRORS.name, category: "Select what this template is for" });
    expect(await getDb().template.count({ where: { serviceId } })).toBe(0);
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Hi", content: "Hi", category: "request" } });
    const onEdit = await updateTemplate({ actor: owner, serviceId, templateId, input: { name: "Hello", content: "Hi" } }).catch((e: AppError) => e);
    expect((onEdit as AppError).fieldErrors).toEqual({ category: "Select what this template is for" });
    expect((await getTemplate({ actor: owner, serviceId, templateId })).template).toMatchObject({ name: "Hi", category: "request", version: 1 });
  });

  it("counts a change of category alone as a new version, like a new name, and nothing changed as none", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "Appointment", subject: "Your appointment", content: "See you soon", category: "reminder" } });
    const same = { name: "Appointment", subject: "Your appointment", content: "See you soon" };
    expect(await updateTemplate({ actor: owner, serviceId, templateId, input: { ...same, category: "reminder" } })).toEqual({ version: 1 });
    expect(await updateTemplate({ actor: owner, serviceId, templateId, input: { ...same, category: "status_update" } })).toEqual({ version: 2 });
    expect((await getTemplate({ actor: owner, serviceId, templateId })).template).toMatchObject({ category: "status_update", version: 2 });
    expect(await getDb().templateHistory.count({ where: { id: templateId } })).toBe(2);
    expect(await auditOf(serviceId, "template-updated")).toEqual([{ templateId, version: 2, category: "status_update" }]);
  });

  it("filters the templates list by category, in a folder too, keeping only folders that hold some", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const alert = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Flood warning", content: "Flood warning", category: "alert" } });
    const news = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "Newsletter", subject: "News", content: "News", category: "information" } });
    const { folderId: alerts } = await createFolder({ actor: owner, serviceId, name: "Alerts", parentId: null });
    const { folderId: empty } = await createFolder({ actor: owner, serviceId, name: "Letters", parentId: null });
    const nested = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Closure", content: "Closed", category: "alert", folderId: alerts } });
    await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Due", content: "Due", category: "reminder", folderId: empty } });

    const all = await listTemplatesPage({ actor: owner, serviceId, folderId: null });
    expect(all.templates.map((t) => t.id).sort()).toEqual([alert.templateId, news.templateId].sort());
    expect(all.folders.map((f) => f.name)).toEqual(["Alerts", "Letters"]);
    expect(all.category).toBeNull();

    const alertsOnly = await listTemplatesPage({ actor: owner, serviceId, folderId: null, category: "alert" });
    expect(alertsOnly.templates.map((t) => t.id)).toEqual([alert.templateId]);
    expect(alertsOnly.folders.map((f) => [f.name, f.templateCount])).toEqual([["Alerts", 1]]);
    expect(alertsOnly.totalTemplates).toBe(4);
    expect(alertsOnly.category).toBe("alert");

    const inFolder = await listTemplatesPage({ actor: owner, serviceId, folderId: alerts, category: "alert" });
    expect(inFolder.templates.map((t) => t.id)).toEqual([nested.templateId]);
    expect((await listTemplatesPage({ actor: owner, serviceId, folderId: alerts, category: "information" })).templates).toEqual([]);
  });
});

describe("a platform admin's lane for a template", () => {
  it("puts the template in another lane and back in its category's, audited", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const admin = await createTestActor({ platformAdmin: true });
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "email", name: "News", subject: "News", content: "News", category: "information" } });
    expect(await getTemplateForLane({ actor: admin, serviceId, templateId })).toMatchObject({ lane: "bulk", isOverridden: false });

    await setTemplateLane({ actor: admin, serviceId, templateId, lane: "priority" });
    const overridden = await getTemplateForLane({ actor: admin, serviceId, templateId });
    expect(overridden).toMatchObject({ lane: "priority", isOverridden: true, template: { laneOverride: "priority", category: "information", version: 1 } });
    expect(await listTemplateLaneOverrides({ actor: admin, serviceId })).toEqual([{ id: templateId, name: "News", category: "information", laneOverride: "priority" }]);

    await setTemplateLane({ actor: admin, serviceId, templateId, lane: null });
    expect(await getTemplateForLane({ actor: admin, serviceId, templateId })).toMatchObject({ lane: "bulk", isOverridden: false, template: { laneOverride: null } });
    expect(await listTemplateLaneOverrides({ actor: admin, serviceId })).toEqual([]);
    expect(await auditOf(serviceId, "template-lane-changed")).toEqual([
      { templateId, from: null, to: "priority" },
      { templateId, from: "priority", to: null },
    ]);
  });

  it("is not found for anyone but a platform admin, even the service's own team", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const editor = await createTestActor();
    await addTestMember(serviceId, editor.userId, ["manage_templates", "manage_settings"]);
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Code", content: "Code", category: "authentication" } });
    for (const actor of [owner, editor]) {
      expect(await rejectionCode(setTemplateLane({ actor, serviceId, templateId, lane: "bulk" }))).toBe("NOT_FOUND");
      expect(await rejectionCode(getTemplateForLane({ actor, serviceId, templateId }))).toBe("NOT_FOUND");
      expect(await rejectionCode(listTemplateLaneOverrides({ actor, serviceId }))).toBe("NOT_FOUND");
    }
    expect((await getDb().template.findUniqueOrThrow({ where: { id: templateId }, select: { laneOverride: true } })).laneOverride).toBeNull();
    expect(await auditOf(serviceId, "template-lane-changed")).toEqual([]);
  });

  it("is not found for another service's template or a made-up id", async () => {
    const { owner, serviceId } = await serviceWithOwner();
    const other = await serviceWithOwner();
    const admin = await createTestActor({ platformAdmin: true });
    const { templateId } = await createTemplate({ actor: owner, serviceId, input: { channel: "sms", name: "Code", content: "Code", category: "other" } });
    expect(await rejectionCode(setTemplateLane({ actor: admin, serviceId: other.serviceId, templateId, lane: "bulk" }))).toBe("NOT_FOUND");
    expect(await rejectionCode(setTemplateLane({ actor: admin, serviceId, templateId: "not-an-id", lane: "bulk" }))).toBe("NOT_FOUND");
  });
});
