// Send a file by email against a real database and store: every bad input gets Notify's message and
// leaves nothing behind (no notification, no document row, no file); a good one stores the file
// encrypted with its row, and the link opens it (after the right email address when asked);
// retention deletes it; and the same works with S3 (a local s3rver).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { S3Client, CreateBucketCommand } from "@aws-sdk/client-s3";
import { getDb } from "../../db/client";
import { FILE_ERRORS } from "../../domain/documents/files";
import { DiskStorage } from "../../providers/local/disk-storage";
import { S3Storage } from "../../providers/aws/s3-storage";
import type { FileStorage } from "../../providers/storage";
import { appErrorOf, createTestActor, createTestService, createTestTemplate } from "../../../testing/factories";
import type { ApiCaller } from "../api-keys/authenticate";
import * as providers from "../delivery/providers";
import { sendApiNotification } from "../notifications/send-api-notification";
import { downloadDocument, getDownloadPage } from "./download";
import { purgeExpiredDocuments } from "./purge-expired-documents";

const RECIPIENT = "recipient@example.com";
const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

let dir: string;
let storage: FileStorage;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "notify-documents-"));
  storage = new DiskStorage(dir);
  const real = providers.getProviders();
  vi.spyOn(providers, "getProviders").mockReturnValue({ ...real, documents: storage });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function setup({ contactLink = "https://example.gov/help" as string | null } = {}) {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false, contactLink } });
  const template = await createTestTemplate(service.id, owner.userId, { type: "email", subject: "Your file", content: "Download it: ((doc))" });
  const sms = await createTestTemplate(service.id, owner.userId, { type: "sms", content: "File ((doc))" });
  const caller: ApiCaller = { serviceId: service.id, serviceName: service.name, apiKeyId: randomUUID(), keyType: "normal", rateLimit: 3000 };
  await getDb().apiKey.create({ data: { id: caller.apiKeyId, serviceId: service.id, name: "k", keyType: "normal", secretEncrypted: "x", createdById: owner.userId } });
  const send = (doc: unknown, extra: Record<string, unknown> = {}) =>
    sendApiNotification({ caller, channel: "email", body: { email_address: RECIPIENT, template_id: template.id, personalisation: { doc, ...extra } } });
  return { serviceId: service.id, caller, sms, send };
}

async function leftBehind(serviceId: string) {
  const files = (await readdir(join(dir, serviceId)).catch(() => [] as string[])).filter((name) => !name.endsWith(".meta.json"));
  return { notifications: await getDb().notification.count({ where: { serviceId } }), documents: await getDb().document.count({ where: { serviceId } }), files: files.length };
}

function linkIn(body: unknown) {
  const text = (body as { content: { body: string } }).content.body;
  const match = /\/d\/([0-9a-f-]{36})\/([0-9a-f-]{36})\?key=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no link in ${text}`);
  return { serviceId: match[1] ?? "", documentId: match[2] ?? "", key: match[3] ?? "" };
}

describe("send a file by email", () => {
  it("stores the file encrypted with its row and puts the link in the email", async () => {
    const { serviceId, send } = await setup();
    const result = await send({ file: b64("%PDF-1.5 testpdf"), filename: "letter.pdf" });
    expect(result.status).toBe(201);
    const body = (result.body as { content: { body: string } }).content.body;
    expect(body).toMatch(/^Download it: http:\/\/[^ ]+\/d\/[0-9a-f-]{36}\/[0-9a-f-]{36}\?key=[A-Za-z0-9_-]{43}$/);
    const link = linkIn(result.body);
    expect(link.serviceId).toBe(serviceId);
    expect(await leftBehind(serviceId)).toEqual({ notifications: 1, documents: 1, files: 1 });
    const row = await getDb().document.findUniqueOrThrow({ where: { id: link.documentId } });
    expect(row).toMatchObject({ filename: "letter.pdf", mimeType: "application/pdf", sizeBytes: 16, confirmEmail: true, retentionWeeks: 26 });
    expect(JSON.stringify(row)).not.toContain(link.key);
    const sealed = await storage.get(row.storageKey);
    expect(sealed?.includes(Buffer.from("testpdf"))).toBe(false);

    expect(await getDownloadPage(link)).toMatchObject({ state: "ready", confirmEmail: true, filename: "letter.pdf", contact: "https://example.gov/help" });
    const clientAddress = `203.0.113.${Math.floor(Math.random() * 250)}`;
    expect(await downloadDocument(link, { clientAddress })).toBeNull();
    expect(await downloadDocument(link, { clientAddress, emailAddress: "someone.else@example.com" })).toBeNull();
    expect(await downloadDocument({ ...link, key: `${link.key.slice(0, -2)}AA` }, { clientAddress, emailAddress: RECIPIENT })).toBeNull();
    const file = await downloadDocument(link, { clientAddress, emailAddress: " Recipient@Example.com " });
    expect(file?.bytes.toString()).toBe("%PDF-1.5 testpdf");
    expect(file?.mimeType).toBe("application/pdf");
  });

  it("downloads without confirmation when the sender turned it off", async () => {
    const { send } = await setup();
    const result = await send({ file: b64("a,b"), filename: "report.csv", confirm_email_before_download: false, retention_period: "1 week" });
    const link = linkIn(result.body);
    expect(await getDownloadPage(link)).toMatchObject({ state: "ready", confirmEmail: false });
    expect((await downloadDocument(link, { clientAddress: "198.51.100.1" }))?.bytes.toString()).toBe("a,b");
  });

  const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`extra${i}`, { file: b64("a,b") }]));
  it.each([
    ["oversize", { file: b64(Buffer.alloc(2 * 1024 * 1024 + 1, 0x61)) }, {}, FILE_ERRORS.tooLarge],
    ["wrong type by bytes", { file: b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), filename: "image.pdf" }, {}, FILE_ERRORS.unsupportedType("application/octet-stream")],
    ["corrupt base64", { file: "%%%not-base64" }, {}, "Document is not base64 encoded"],
    ["bad retention", { file: b64("a,b"), retention_period: "100 weeks" }, {}, "Unsupported value for retention_period '100 weeks'. Supported periods are from 1 to 78 weeks."],
    ["bad confirm flag", { file: b64("a,b"), confirm_email_before_download: "no" }, {}, "Unsupported value for confirm_email_before_download: 'no'. Use a boolean true or false value."],
    ["bad filename", { file: b64("a,b"), filename: "report" }, {}, "`filename` must end with a file extension. For example, filename.csv"],
    ["too many files", { file: b64("a,b") }, tooMany, "File number exceed allowed limits of 10 with number of 12."],
  ])("refuses %s with Notify's message and stores nothing", async (_name, doc, extra, message) => {
    const { serviceId, send } = await setup();
    const error = await appErrorOf(send(doc, extra));
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", message]);
    expect(await leftBehind(serviceId)).toEqual({ notifications: 0, documents: 0, files: 0 });
  });

  it("refuses files until the service has contact details, and by text message", async () => {
    const { serviceId, send, caller, sms } = await setup({ contactLink: null });
    const error = await appErrorOf(send({ file: b64("a,b") }));
    expect(error.message).toMatch(new RegExp(`^Send files by email has not been set up - add contact details for your service at .*/services/${serviceId}/service-settings/send-files-by-email$`));
    const text = await appErrorOf(sendApiNotification({ caller, channel: "sms", body: { phone_number: "+12025550123", template_id: sms.id, personalisation: { doc: { file: b64("a,b") } } } }));
    expect(text.message).toBe("Can only send a file by email");
    expect(await leftBehind(serviceId)).toEqual({ notifications: 0, documents: 0, files: 0 });
  });

  it("deletes the file it wrote when the send is refused after (the daily limit)", async () => {
    const { serviceId, send } = await setup();
    await getDb().service.update({ where: { id: serviceId }, data: { emailMessageLimit: 0 } });
    const error = await appErrorOf(send({ file: b64("a,b") }));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(await leftBehind(serviceId)).toEqual({ notifications: 0, documents: 0, files: 0 });
  });

  it("refuses a file the virus scanner doesn't pass, with the scanner on", async () => {
    const { scanFiles } = await import("./send-files");
    const answer = (virusFree: boolean) => (async () => new Response(JSON.stringify({ virus_free: virusFree }), { status: 200 })) as typeof fetch;
    const file = { placeholder: "doc", bytes: Buffer.from("X5O!P%@AP"), filename: null, mimeType: "text/plain", confirmEmail: true, retentionWeeks: 1 };
    await expect(scanFiles([file], "http://scanner.invalid/scan", answer(true))).resolves.toBeUndefined();
    expect((await appErrorOf(scanFiles([file], "http://scanner.invalid/scan", answer(false)))).message).toBe("File did not pass the virus scan");
    expect((await appErrorOf(scanFiles([file], "http://scanner.invalid/scan", (async () => new Response("", { status: 503 })) as typeof fetch))).code).toBe("INTERNAL");
    await expect(scanFiles([file], undefined)).resolves.toBeUndefined();
  });

  it("deletes files past their retention and then says the file has expired", async () => {
    const { serviceId, send } = await setup();
    const link = linkIn((await send({ file: b64("a,b"), retention_period: "1 week" })).body);
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await purgeExpiredDocuments(later, storage)).toBeGreaterThanOrEqual(1);
    expect(await leftBehind(serviceId)).toMatchObject({ documents: 1, files: 0 });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: link.documentId } })).deletedAt).not.toBeNull();
    expect(await getDownloadPage(link)).toMatchObject({ state: "expired" });
    expect(await getDownloadPage({ ...link, key: "A".repeat(43) })).toEqual({ state: "not-available" });
    expect(await downloadDocument(link, { clientAddress: "198.51.100.2", emailAddress: RECIPIENT })).toBeNull();
  });
});

describe("send a file by email with S3", () => {
  let server: { close: () => Promise<unknown> } | undefined;
  let s3: S3Storage;
  beforeAll(async () => {
    const S3rver = (await import("s3rver")).default;
    const s3dir = await mkdtemp(join(tmpdir(), "notify-s3rver-"));
    const instance = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3dir });
    const address = (await instance.run()) as unknown as { port: number };
    server = instance;
    const client = new S3Client({ region: "us-west-2", endpoint: `http://127.0.0.1:${address.port}`, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
    await client.send(new CreateBucketCommand({ Bucket: "documents" }));
    s3 = new S3Storage({ client, bucket: "documents" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("stores, opens and deletes the file in the documents bucket", async () => {
    const real = providers.getProviders();
    vi.spyOn(providers, "getProviders").mockReturnValue({ ...real, documents: s3 });
    const { send } = await setup();
    const link = linkIn((await send({ file: b64('{"a": 1}'), confirm_email_before_download: false })).body);
    const row = await getDb().document.findUniqueOrThrow({ where: { id: link.documentId } });
    expect(row.mimeType).toBe("application/json");
    expect(await s3.get(row.storageKey)).not.toBeNull();
    expect((await downloadDocument(link, { clientAddress: "198.51.100.3" }))?.bytes.toString()).toBe('{"a": 1}');
    await purgeExpiredDocuments(new Date(Date.now() + 27 * 7 * 86_400_000), s3);
    expect(await s3.get(row.storageKey)).toBeNull();
  });
});
