// The local outbox records every provider call: one row per message, and a second call for the same
// message counts as a second hand-over (what a real provider would have sent twice).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "./client";
import { recordOutboxHandOvers } from "./outbox";

describe("recordOutboxHandOvers", () => {
  it("stores each message once and counts every further hand-over of it", async () => {
    const [a, b] = [`local-${randomUUID()}`, `local-${randomUUID()}`];
    await recordOutboxHandOvers([
      { channel: "sms", to: "+12025550111", body: "One", providerReference: a },
      { channel: "email", to: "ada@example.gov", subject: "Two", body: "Two", htmlBody: "<p>Two</p>", sender: '"Svc" <svc@notify.example.gov>', providerReference: b },
    ]);
    await recordOutboxHandOvers([{ channel: "sms", to: "+12025550111", body: "One", providerReference: a }]);
    const rows = await getDb().outboxMessage.findMany({ where: { providerReference: { in: [a, b] } }, orderBy: { body: "asc" }, select: { providerReference: true, handOvers: true, subject: true, htmlBody: true, sender: true } });
    expect(rows).toEqual([
      { providerReference: a, handOvers: 2, subject: null, htmlBody: null, sender: null },
      { providerReference: b, handOvers: 1, subject: "Two", htmlBody: "<p>Two</p>", sender: '"Svc" <svc@notify.example.gov>' },
    ]);
  });
});
