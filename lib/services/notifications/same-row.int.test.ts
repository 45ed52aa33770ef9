// One way to send: the same message sent through the API, a one-off send in the portal and a
// spreadsheet job is stored as the same row (recipient as given and normalised, international,
// parts, sender, personalisation), because all three are prepared by prepareNotification.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { extractPlaceholders } from "../../domain/templates/placeholders";
import { getEnv } from "../../env";
import { decrypt } from "../../security/encryption";
import { createTestActor, createTestService, createTestTemplate } from "../../../testing/factories";
import type { ApiCaller } from "../api-keys/authenticate";
import { sendApiNotification } from "./send-api-notification";
import { processJob } from "../bulk/process-job";
import { startJob, uploadSpreadsheet } from "../bulk/uploads";
import { sendOneOff } from "./send-one-off";

type Case = { name: string; channel: "sms" | "email"; subject?: string; content: string; recipient: string; values: Record<string, string> };

const CASES: Case[] = [
  { name: "a text with the service's name first", channel: "sms", content: "Hello ((First Name)), your code is ((code))", recipient: "(202) 555-0123", values: { "First Name": "Ada", code: "1234" } },
  { name: "a long text to an international number", channel: "sms", content: "((greeting)) ".repeat(3) + "é".repeat(100), recipient: "+44 7700 900123", values: { greeting: "Bonjour" } },
  { name: "an email", channel: "email", subject: "Your ((thing)) is ready", content: "Dear ((name)),\n\nYour ((thing)) is ready.", recipient: "Pat.Smith@Agency.gov", values: { name: "Pat", thing: "permit" } },
];

async function storedRows(where: { serviceId: string }) {
  const rows = await getDb().notification.findMany({
    where,
    select: { notificationType: true, templateId: true, templateVersion: true, to: true, normalisedTo: true, international: true, billableUnits: true, replyToText: true, personalisation: true },
  });
  return rows.map(({ personalisation, ...row }) => ({ ...row, personalisation: personalisation ? (JSON.parse(decrypt(personalisation, getEnv().ENCRYPTION_KEY)) as unknown) : null }));
}

async function serviceFor(testCase: Case) {
  const owner = await createTestActor();
  const service = await createTestService(owner.userId);
  // Live, so the recipient needn't be on the team; the default sender is the same for every path.
  await getDb().service.update({ where: { id: service.id }, data: { restricted: false } });
  const template = await createTestTemplate(service.id, owner.userId, { type: testCase.channel, content: testCase.content, subject: testCase.subject });
  return { owner, serviceId: service.id, templateId: template.id };
}

describe("every way of sending stores the same row", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_, testCase) => {
    const viaApi = await serviceFor(testCase);
    const caller: ApiCaller = { serviceId: viaApi.serviceId, serviceName: "", apiKeyId: randomUUID(), keyType: "normal", rateLimit: 3000 };
    const recipientField = testCase.channel === "sms" ? "phone_number" : "email_address";
    const sent = await sendApiNotification({ caller, channel: testCase.channel, body: { [recipientField]: testCase.recipient, template_id: viaApi.templateId, personalisation: testCase.values } });
    expect(sent.status).toBe(201);

    const viaOneOff = await serviceFor(testCase);
    const keys = Object.fromEntries(extractPlaceholders(testCase.subject, testCase.content).map((p) => [p.key, testCase.values[p.name] ?? ""]));
    await sendOneOff({ actor: viaOneOff.owner, serviceId: viaOneOff.serviceId, templateId: viaOneOff.templateId, recipient: testCase.recipient, values: keys, scheduledFor: null });

    const viaSpreadsheet = await serviceFor(testCase);
    const columns = [testCase.channel === "sms" ? "phone number" : "email address", ...Object.keys(testCase.values)];
    const csv = [columns.join(","), [testCase.recipient, ...Object.values(testCase.values)].map((v) => `"${v}"`).join(",")].join("\n");
    const { uploadId } = await uploadSpreadsheet({ actor: viaSpreadsheet.owner, serviceId: viaSpreadsheet.serviceId, templateId: viaSpreadsheet.templateId, fileName: "one.csv", bytes: new TextEncoder().encode(csv) });
    const { jobId } = await startJob({ actor: viaSpreadsheet.owner, serviceId: viaSpreadsheet.serviceId, uploadId, scheduledFor: null });
    expect(await processJob(jobId)).toBe("finished");

    const rows = await Promise.all([viaApi, viaOneOff, viaSpreadsheet].map((v) => storedRows({ serviceId: v.serviceId })));
    // Template ids differ (one service each); everything the request decides must not.
    const comparable = rows.map((r) => r.map(({ templateId: _templateId, ...row }) => row));
    expect(comparable[0]).toHaveLength(1);
    expect(comparable[1]).toEqual(comparable[0]);
    expect(comparable[2]).toEqual(comparable[0]);
    expect(comparable[0]?.[0]).toMatchObject({ to: testCase.recipient, personalisation: testCase.values, international: testCase.recipient.startsWith("+44") });
  });
});
