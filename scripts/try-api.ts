// `npm run try-api [your@email]`: gives a newcomer what they need to call the API of the Notify that
// `npm start` is running: a trial service with a text message template and a team API key, made the
// way the portal makes them (the same service functions, audit events included). With an email
// address it uses that account (registered at /register) and sends to its mobile number; without,
// it makes a local user to own the service. `--json` prints the same as one JSON object, for scripts.
import { randomBytes } from "node:crypto";
import { parseEnv } from "../lib/env";
import { loadDotenv } from "./load-dotenv";
import { runCommand } from "./run-command";
import { runningDatabaseUrl } from "./running-notify";

const SERVICE_NAME = "Try the API";
const TEMPLATE_NAME = "Try the API: hello";
const LOCAL_USER = { name: "Local API user", emailAddress: "try-api@notify.localhost", mobileNumber: "+12025550123" };

export type TrialKey = { baseUrl: string; apiKey: string; serviceId: string; templateId: string; phoneNumber: string };

async function makeTrialKey(accountEmail: string | undefined, baseUrl: string): Promise<TrialKey> {
  const { getDb } = await import("../lib/db/client");
  const { insertUser, activateUser } = await import("../lib/db/users");
  const { hashPassword } = await import("../lib/security/passwords");
  const { createService } = await import("../lib/services/service/create-service");
  const { createTemplate } = await import("../lib/services/templates/templates");
  const { createApiKey } = await import("../lib/services/api-keys/api-keys");
  const db = getDb();

  const email = accountEmail ?? LOCAL_USER.emailAddress;
  let user = await db.user.findFirst({ where: { emailAddress: { equals: email, mode: "insensitive" } }, select: { id: true, name: true, emailAddress: true, mobileNumber: true } });
  if (!user && accountEmail) throw new Error(`There is no account for ${accountEmail}: create one at ${baseUrl}/register first, or run npm run try-api without an email address.`);
  if (!user) {
    // Nobody can sign in as this user: its password is random and thrown away.
    const { id } = await insertUser({ ...LOCAL_USER, passwordHash: await hashPassword(randomBytes(32).toString("base64url")), authType: "sms_auth" });
    await activateUser(id);
    user = { id, name: LOCAL_USER.name, emailAddress: LOCAL_USER.emailAddress, mobileNumber: LOCAL_USER.mobileNumber };
  }
  if (!user.mobileNumber) throw new Error(`The account for ${email} has no mobile number to send to: add one at ${baseUrl}/your-account, then run this again.`);
  const actor = { sessionId: "", userId: user.id, name: user.name, emailAddress: user.emailAddress, platformAdmin: false };

  const ownService = await db.service.findFirst({ where: { name: SERVICE_NAME, users: { some: { userId: user.id } } }, select: { id: true } });
  const serviceName = ownService || !(await db.service.findFirst({ where: { name: { equals: SERVICE_NAME, mode: "insensitive" } } })) ? SERVICE_NAME : `${SERVICE_NAME} (${user.emailAddress})`;
  const serviceId = ownService?.id ?? (await createService({ actor, input: { name: serviceName } })).serviceId;

  const template = await db.template.findFirst({ where: { serviceId, name: TEMPLATE_NAME, archived: false }, select: { id: true } });
  const templateId =
    template?.id ??
    (await createTemplate({ actor, serviceId, input: { channel: "sms", name: TEMPLATE_NAME, content: "Hello ((name)), this text came through the Notify API.", category: "other" } })).templateId;

  const { combinedKey } = await createApiKey({ actor, serviceId, name: `Try the API ${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`, keyType: "team" });
  return { baseUrl, apiKey: combinedKey, serviceId, templateId, phoneNumber: user.mobileNumber };
}

function explain(key: TrialKey): string {
  const send = `node -e 'new (require("notifications-node-client").NotifyClient)("${key.baseUrl}", "${key.apiKey}").sendSms("${key.templateId}", "${key.phoneNumber}", { personalisation: { name: "Sam" } }).then((r) => console.log(r.data.id))'`;
  return [
    `Service "${SERVICE_NAME}" (trial mode) has a text message template and a new team API key:`,
    "",
    `  API key      ${key.apiKey}`,
    `  Template ID  ${key.templateId}`,
    `  Send to      ${key.phoneNumber}  (a trial service sends only to its own team)`,
    "",
    "The key is shown only once. Send a text with the Notify Node.js client:",
    "",
    `  ${send}`,
    "",
    `Then see it at ${key.baseUrl}/outbox and its status in the portal.`,
  ].join("\n");
}

async function main() {
  loadDotenv();
  const args = process.argv.slice(2);
  const env = parseEnv(process.env);
  const url = await runningDatabaseUrl(env.DATABASE_URL, "try-api");
  process.env.DATABASE_URL = url;
  const baseUrl = env.NOTIFY_BASE_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  const { disconnectDb } = await import("../lib/db/client");
  const { closePool } = await import("../lib/db/pool");
  try {
    const key = await makeTrialKey(args.find((a) => !a.startsWith("--")), baseUrl);
    console.log(args.includes("--json") ? JSON.stringify(key) : explain(key));
  } finally {
    await Promise.all([disconnectDb(), closePool()]);
  }
}

if (require.main === module) runCommand(main);
