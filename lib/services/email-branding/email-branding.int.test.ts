// Email branding against PostgreSQL and a real logos folder: uploads are checked from their bytes
// and a refused one stores nothing (no file, no row); brandings; a service's choice; delivery
// sends the branded HTML (logo from NOTIFY_BASE_URL) and the unchanged text part.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { findOutboxEmailHtml, findOutboxMessageByReference } from "../../db/outbox";
import { LOGO_MAX_BYTES } from "../../domain/images/logo-image";
import { getEnv } from "../../env";
import { DiskStorage } from "../../providers/local/disk-storage";
import { LOGO_UPLOAD_ERRORS } from "../../schemas/email-branding";
import { makeJpegHeader, makePng } from "../../../testing/images";
import { appErrorOf, createTestActor, createTestNotification, createTestService, createTestTemplate } from "../../../testing/factories";
import { deliverNotification } from "../delivery/deliver-notification";
import { emailBrandingForDelivery, forgetEmailBranding } from "../delivery/email-branding";
import { resetProviders } from "../delivery/providers";
import { getNotification } from "../notifications/get-notification";
import { getOneOffContext, previewOneOff } from "../notifications/send-one-off";
import { getTemplate } from "../templates/templates";
import { chooseServiceEmailBranding, createEmailBranding, getServiceEmailBranding } from "./brandings";
import { readPublicLogo, uploadEmailLogo } from "./logos";

let dir: string;
let storage: DiskStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "notify-logos-"));
  storage = new DiskStorage(dir);
  resetProviders({ logoStorage: storage });
});

afterAll(async () => {
  resetProviders();
  await rm(dir, { recursive: true, force: true });
});

async function storedFiles() {
  return (await readdir(dir).catch(() => [])).filter((name) => !name.endsWith(".meta.json"));
}

describe("uploading a logo", () => {
  it.each([
    ["not an image", Buffer.from("just some text, named logo.png"), LOGO_UPLOAD_ERRORS.notAnImage],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), LOGO_UPLOAD_ERRORS.notAnImage],
    ["a GIF (wrong type)", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), LOGO_UPLOAD_ERRORS.notAnImage],
    ["too big", Buffer.concat([makePng(4, 4), Buffer.alloc(LOGO_MAX_BYTES)]), LOGO_UPLOAD_ERRORS.tooBig],
    ["empty", Buffer.alloc(0), LOGO_UPLOAD_ERRORS.noFile],
  ])("refuses a file that is %s and stores nothing", async (_name, bytes, message) => {
    const admin = await createTestActor({ platformAdmin: true });
    const before = await getDb().emailLogo.count();
    const error = await appErrorOf(uploadEmailLogo({ actor: admin, fileName: "logo.png", bytes }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ logo: message });
    expect(await getDb().emailLogo.count()).toBe(before);
    expect(await storedFiles()).toEqual([]);
  });

  it("is for platform admins only", async () => {
    const someone = await createTestActor();
    expect((await appErrorOf(uploadEmailLogo({ actor: someone, fileName: "logo.png", bytes: makePng(10, 10) }))).code).toBe("NOT_FOUND");
    expect(await storedFiles()).toEqual([]);
  });

  it("stores a PNG or JPEG under the hash of its bytes, once however often it is uploaded", async () => {
    const admin = await createTestActor({ platformAdmin: true });
    const png = makePng(120, 40);
    const first = await uploadEmailLogo({ actor: admin, fileName: "agency.png", bytes: png });
    const again = await uploadEmailLogo({ actor: admin, fileName: "agency-copy.png", bytes: png });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ contentType: "image/png", width: 120, height: 40, byteLength: png.length, fileName: "agency.png" });
    expect(first.key).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(await storedFiles()).toEqual([first.key]);
    expect(await readPublicLogo(first.key)).toEqual({ body: png, contentType: "image/png" });

    const jpeg = await uploadEmailLogo({ actor: admin, fileName: "seal.jpg", bytes: makeJpegHeader(300, 90) });
    expect(jpeg).toMatchObject({ contentType: "image/jpeg", width: 300, height: 90 });
    expect(jpeg.key).toMatch(/\.jpg$/);
  });

  it("serves only recorded logos", async () => {
    expect(await readPublicLogo("../../etc/passwd")).toBeNull();
    expect(await readPublicLogo(`${"0".repeat(64)}.png`)).toBeNull();
  });
});

describe("a service's email branding", () => {
  it("is picked by a manager from the brandings, audited, and sent with the branded HTML", async () => {
    const admin = await createTestActor({ platformAdmin: true });
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const logo = await uploadEmailLogo({ actor: admin, fileName: "agency.png", bytes: makePng(90, 30, [0, 0x30, 0x78]) });
    const branding = await createEmailBranding({
      actor: admin,
      input: { name: `Agency ${service.id.slice(0, 8)}`, logoId: logo.id, altText: "Agency <of> Examples", bannerColour: "#003078", bannerText: "Benefits & help" },
    });
    expect((await appErrorOf(createEmailBranding({ actor: admin, input: { name: branding.name.toUpperCase(), logoId: logo.id, altText: "x", bannerColour: null, bannerText: null } }))).fieldErrors).toEqual({
      name: "A branding with this name already exists",
    });

    expect(await getServiceEmailBranding({ actor: owner, serviceId: service.id })).toMatchObject({ chosenId: null, current: null });
    await chooseServiceEmailBranding({ actor: owner, serviceId: service.id, input: { emailBranding: branding.id } });
    const view = await getServiceEmailBranding({ actor: owner, serviceId: service.id });
    expect(view.chosenId).toBe(branding.id);
    expect(view.options.map((b) => b.id)).toContain(branding.id);
    const audit = await getDb().auditEvent.findFirst({ where: { serviceId: service.id, eventType: "service-email-branding-changed" } });
    expect(audit?.data).toEqual({ emailBrandingId: branding.id });

    const template = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "Your ((thing))", content: "Hello ((name))\n\n* one" });
    const notification = await createTestNotification({ serviceId: service.id, templateId: template.id, type: "email", to: "resident@example.gov", personalisation: { name: "<Ann>", thing: "letter" } });
    expect(await deliverNotification(notification.id)).toBe("sent");
    const { reference } = await getDb().notification.findUniqueOrThrow({ where: { id: notification.id }, select: { reference: true } });
    const sent = await findOutboxMessageByReference(reference ?? "");
    const html = (await findOutboxEmailHtml(sent?.id ?? ""))?.htmlBody;
    expect(html).toContain(`<img src="${getEnv().NOTIFY_BASE_URL}/email-logos/${logo.key}" alt="Agency &lt;of&gt; Examples" width="90" height="30"`);
    expect(html).toContain("background-color:#003078");
    expect(html).toContain("Benefits &amp; help");
    expect(html).toContain("<p>Hello &lt;Ann&gt;</p>");
    expect(sent?.body).toBe("Hello <Ann>\n\n• one");

    // Every preview of the email shows the branding: the template, a one-off send, the message's page.
    const branded = { logoUrl: `/email-logos/${logo.key}`, altText: "Agency <of> Examples" };
    expect((await getTemplate({ actor: owner, serviceId: service.id, templateId: template.id })).preview).toMatchObject({ branding: branded });
    const oneOff = await getOneOffContext({ actor: owner, serviceId: service.id, templateId: template.id });
    expect(previewOneOff(oneOff, new Map([["name", "Ann"], ["thing", "letter"]])).preview).toMatchObject({ branding: branded });
    expect((await getNotification({ actor: owner, serviceId: service.id, notificationId: notification.id })).preview).toMatchObject({ branding: branded });

    // Back to none: plain emails again (once this process forgets its cached branding, at once here).
    await chooseServiceEmailBranding({ actor: owner, serviceId: service.id, input: { emailBranding: null } });
    expect(await emailBrandingForDelivery(service.id)).toBeNull();
  });

  it("falls back to the organisation's default, and is cached per service", async () => {
    const admin = await createTestActor({ platformAdmin: true });
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const logo = await uploadEmailLogo({ actor: admin, fileName: "org.png", bytes: makePng(20, 20, [10, 20, 30]) });
    const branding = await createEmailBranding({ actor: admin, input: { name: `Org ${service.id.slice(0, 8)}`, logoId: logo.id, altText: "Org", bannerColour: null, bannerText: null } });
    const organisation = await getDb().organisation.create({ data: { name: `Org ${service.id}`, emailBrandingId: branding.id } });
    await getDb().service.update({ where: { id: service.id }, data: { organisationId: organisation.id } });
    forgetEmailBranding();
    expect((await emailBrandingForDelivery(service.id))?.altText).toBe("Org");
    await getDb().organisation.update({ where: { id: organisation.id }, data: { emailBrandingId: null } });
    expect((await emailBrandingForDelivery(service.id))?.altText).toBe("Org");
    forgetEmailBranding(service.id);
    expect(await emailBrandingForDelivery(service.id)).toBeNull();
  });

  it("can't be changed by a member without the manage settings permission, nor to a branding that doesn't exist", async () => {
    const owner = await createTestActor();
    const service = await createTestService(owner.userId);
    const stranger = await createTestActor();
    expect((await appErrorOf(chooseServiceEmailBranding({ actor: stranger, serviceId: service.id, input: { emailBranding: null } }))).code).toBe("NOT_FOUND");
    const error = await appErrorOf(chooseServiceEmailBranding({ actor: owner, serviceId: service.id, input: { emailBranding: "00000000-0000-4000-8000-000000000000" } }));
    expect(error.fieldErrors).toEqual({ emailBranding: "Select an email branding" });
  });
});
