// The production build run the way Cloud Foundry runs it (issue #10): `npm run start:web` and
// `npm run start:worker` with production settings (NODE_ENV=production, a deployed environment,
// secrets only from the environment, EMAIL_PROVIDER=ses, SMS_PROVIDER=sns, STORAGE_PROVIDER=s3) on a fresh, empty
// database, with local stand-ins for AWS reached through the real SDK clients: aws-ses-v2-local
// for SES v2 (read back through its /store API) and s3rver for S3. The web process migrates the
// empty database (instance 0) while the worker waits for it; an email sent through the API
// arrives in SES; a bulk send stores its CSV in S3, the worker reads it back and sends each row
// through SES; SIGTERM stops both processes cleanly. Reuses the `.next` build `npm test` makes.
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http, { type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import sesLocal from "aws-ses-v2-local";
import S3rver from "s3rver";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../../scripts/database";
import { findFreePort } from "../../scripts/embedded-postgres";
import { startProductionProcess, stopChild, waitForHealthy } from "../../scripts/stack";
import { bulkResponseSchema } from "../../lib/schemas/api-responses";
import { signHs256 } from "../../lib/security/jwt";
import { createApiService, type ApiService } from "../fixtures/api";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const BUCKET = "notify-production-e2e";
const LOGOS_BUCKET = "notify-production-e2e-logos";
const S3_KEYS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }; // s3rver's built-in credentials

type SentEmail = { messageId: string; from: string; destination: { to: string[] }; subject: string; body: { text?: string; html?: string } };

function auth(key: string) {
  return { authorization: `Bearer ${signHs256({ iss: key.slice(-73, -37), iat: Math.floor(Date.now() / 1000) }, key.slice(-36))}` };
}

/** A child's stdout, line by line. */
function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  let rest = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString("utf8")).split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  return lines;
}

const serverUrl = () => withDatabase(process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", "postgres");
const databaseName = `notify_production_${randomUUID().slice(0, 8)}`;
let databaseUrl: string;
let ses: Server;
let s3: S3rver;
let s3Dir: string;
let sesUrl: string;
let s3Url: string;
let webUrl: string;
let web: ChildProcess;
let worker: ChildProcess;
let webLog: string[];
let workerLog: string[];
let service: ApiService;

test.beforeAll(async () => {
  await createDatabaseIfMissing(serverUrl(), databaseName);
  databaseUrl = withDatabase(serverUrl(), databaseName);

  const sesPort = await findFreePort();
  ses = await sesLocal({ host: "127.0.0.1", port: sesPort });
  sesUrl = `http://127.0.0.1:${sesPort}`;
  const s3Port = await findFreePort();
  s3Dir = await mkdtemp(path.join(os.tmpdir(), "notify-s3rver-"));
  s3 = new S3rver({ address: "127.0.0.1", port: s3Port, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }, { name: LOGOS_BUCKET }] });
  await s3.run();
  s3Url = `http://127.0.0.1:${s3Port}`;

  const port = await findFreePort();
  webUrl = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: "production",
    NOTIFY_ENVIRONMENT: "sandbox",
    DATABASE_URL: databaseUrl,
    VCAP_SERVICES: "",
    SECRET_KEY: "production-e2e-secret-key-0123456789abcdefghij",
    // The fixtures encrypt API key secrets with the key `npm test` gives the end-to-end run.
    ENCRYPTION_KEY: process.env.E2E_ENCRYPTION_KEY,
    NOTIFY_BASE_URL: webUrl,
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "info",
    EMAIL_PROVIDER: "ses",
    // A deployed environment refuses the local providers (they publish messages at /outbox); this
    // test sends no text message, so SNS points at a port where nothing listens.
    SMS_PROVIDER: "sns",
    STORAGE_PROVIDER: "s3",
    SNS_RECEIPT_TOPIC_ARNS: "arn:aws:sns:us-west-2:123456789012:notify-receipts",
    AWS_REGION: "us-west-2",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    // The AWS SDK's own service-specific endpoint variables: nothing in Notify knows about the stand-ins.
    AWS_ENDPOINT_URL_SESV2: sesUrl,
    AWS_ENDPOINT_URL_S3: s3Url,
    AWS_ENDPOINT_URL_SNS: "http://127.0.0.1:9",
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
    // Email branding logos have a bucket of their own (a deployed environment requires one).
    LOGOS_BUCKET,
    LOGOS_S3_REGION: "us-east-1",
    LOGOS_S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
    LOGOS_S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
  };
  // The worker first: it must wait for the web process of instance 0 to migrate the empty database.
  worker = startProductionProcess("worker", { ...env, CF_INSTANCE_INDEX: "0" });
  workerLog = collectLines(worker);
  await expect.poll(() => workerLog.some((line) => line.includes('"waiting for instance 0 to apply migrations"')), { timeout: 60_000 }).toBe(true);
  web = startProductionProcess("web", { ...env, CF_INSTANCE_INDEX: "0" });
  webLog = collectLines(web);
  await waitForHealthy(webUrl, 120_000);

  // The fixtures write to E2E_DATABASE_URL; point them at this test's database for the call.
  const previous = process.env.E2E_DATABASE_URL;
  process.env.E2E_DATABASE_URL = databaseUrl;
  try {
    service = await createApiService();
  } finally {
    process.env.E2E_DATABASE_URL = previous;
  }
});

test.afterAll(async () => {
  await Promise.all([web, worker].filter(Boolean).map((child) => stopChild(child)));
  await new Promise<void>((resolve) => (ses ? ses.close(() => resolve()) : resolve()));
  await s3?.close().catch(() => undefined);
  if (s3Dir) await rm(s3Dir, { recursive: true, force: true });
  await dropDatabase(serverUrl(), databaseName).catch(() => undefined);
});

async function sentEmails(): Promise<SentEmail[]> {
  const response = await fetch(`${sesUrl}/store`);
  return ((await response.json()) as { emails: SentEmail[] }).emails;
}

test("the web process migrated the empty database while the worker waited", () => {
  const web = webLog.map((line) => JSON.parse(line) as { msg: string; applied?: string[] });
  const worker = workerLog.map((line) => JSON.parse(line) as { msg: string });
  expect(web.find((l) => l.msg === "applied migrations")?.applied?.length).toBeGreaterThan(0);
  const workerMessages = worker.map((l) => l.msg);
  expect(workerMessages.indexOf("waiting for instance 0 to apply migrations")).toBeGreaterThanOrEqual(0);
  expect(workerMessages.indexOf("waiting for instance 0 to apply migrations")).toBeLessThan(workerMessages.indexOf("worker started"));
});

test("an email sent through the API goes out through SES", async ({ request }) => {
  const to = `resident-${randomUUID().slice(0, 8)}@example.com`;
  const response = await request.post(`${webUrl}/v2/notifications/email`, {
    headers: auth(service.keys.normal),
    data: { email_address: to, template_id: service.emailTemplateId, personalisation: { name: "Ada" } },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };

  await expect.poll(async () => (await sentEmails()).filter((e) => e.destination.to.includes(to)).length, { timeout: 30_000 }).toBe(1);
  const email = (await sentEmails()).find((e) => e.destination.to.includes(to))!;
  expect(email.subject).toBe("Functional tests are good");
  expect(email.from).toContain("@notify.example.gov");
  expect(email.body.text).toContain("Hello Ada");
  expect(email.body.html).toContain("Hello Ada");

  // Handed to SES: the notification is "sending" with SES's message id as its reference, until the receipt.
  await expect
    .poll(async () => (await (await request.get(`${webUrl}/v2/notifications/${id}`, { headers: auth(service.keys.normal) })).json()).status, { timeout: 10_000 })
    .toBe("sending");
});

test("a bulk send stores its file in S3 and the worker sends every row through SES", async ({ request }) => {
  const rows = [`bulk-a-${randomUUID().slice(0, 8)}@example.com`, `bulk-b-${randomUUID().slice(0, 8)}@example.com`];
  const csv = `email address,name\n${rows[0]},Bob\n${rows[1]},Cy\n`;
  const response = await request.post(`${webUrl}/v2/notifications/bulk`, {
    headers: auth(service.keys.normal),
    data: { template_id: service.emailTemplateId, name: "production check", csv },
  });
  expect(response.status()).toBe(201);
  const job = bulkResponseSchema.parse(await response.json()).data;

  // The uploaded file is in the bucket, byte for byte.
  const s3Client = new S3Client({ endpoint: s3Url, region: "us-east-1", credentials: S3_KEYS, forcePathStyle: true });
  const object = await s3Client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `uploads/${service.serviceId}/${job.id}.csv` }));
  expect(await object.Body?.transformToString()).toBe(csv);
  s3Client.destroy();

  // The worker read it back from S3 and sent each row through SES.
  await expect
    .poll(async () => (await sentEmails()).filter((e) => rows.some((to) => e.destination.to.includes(to))).map((e) => e.body.text?.match(/Hello (\w+)/)?.[1]).sort(), { timeout: 60_000 })
    .toEqual(["Bob", "Cy"]);
});

test("logs are JSON lines; on SIGTERM the worker stops, and the web server finishes the request in flight", async () => {
  for (const line of [...webLog, ...workerLog]) expect(() => JSON.parse(line), line).not.toThrow();
  const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const workerExit = exitCode(worker);
  worker.kill("SIGTERM");
  expect(await workerExit).toBe(0);
  expect(workerLog.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain("worker stopped");

  // A bulk send is in flight when SIGTERM arrives: half its body is sent, then the signal, then the rest.
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("UPDATE services SET email_message_limit = 100000 WHERE id = $1", [service.serviceId]);
  await client.end();
  const csv = `email address,name\n${Array.from({ length: 20_000 }, (_, i) => `row-${i}@example.com,Row`).join("\n")}\n`;
  const body = Buffer.from(JSON.stringify({ template_id: service.emailTemplateId, name: "in flight at shutdown", csv }));
  const webExit = exitCode(web);
  const request = http.request(`${webUrl}/v2/notifications/bulk`, { method: "POST", headers: { ...auth(service.keys.normal), "content-type": "application/json", "content-length": String(body.length) } });
  const answer = new Promise<{ status: number | undefined; at: number }>((resolve, reject) => {
    request.once("response", (response) => {
      response.resume();
      response.once("end", () => resolve({ status: response.statusCode, at: Date.now() }));
    });
    request.once("error", reject);
  });
  request.write(body.subarray(0, body.length / 2));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const signalledAt = Date.now();
  web.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 200));
  request.end(body.subarray(body.length / 2));
  const { status, at } = await answer;
  expect(at).toBeGreaterThan(signalledAt);
  expect(status).toBe(201);
  expect(await webExit).toBe(0);
  expect(webLog.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(expect.arrayContaining(["shutting down web server", "web server stopped"]));
});
