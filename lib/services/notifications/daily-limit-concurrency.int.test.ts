// Many API sends at once to one service at its daily limit, texts and emails together: exactly the
// allowance of each is accepted, the rest get the daily-limit error, and nothing else happens (no
// deadlock, no 5xx), through the real send path with its group commit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestApiSender, createTestTemplate } from "../../../testing/factories";
import { AppError } from "../../errors";
import { sendApiNotification } from "./send-api-notification";

describe("sends racing for the last of the daily allowance", () => {
  it("accepts exactly the allowance of each channel and refuses the rest with the limit error", async () => {
    const { caller, serviceId, body } = await createTestApiSender();
    const limit = 60;
    const service = await getDb().service.update({ where: { id: serviceId }, data: { smsMessageLimit: limit, emailMessageLimit: limit }, select: { createdById: true } });
    const email = await createTestTemplate(serviceId, service.createdById, { type: "email", subject: "Hi", content: "Hello ((name))" });
    const perChannel = 100;
    const sends = Array.from({ length: perChannel * 2 }, (_, i) =>
      i % 2 === 0
        ? sendApiNotification({ caller, channel: "sms", body: { ...body, reference: randomUUID() } })
        : sendApiNotification({ caller, channel: "email", body: { email_address: "ada@example.gov", template_id: email.id, personalisation: { name: "Ada" } } }),
    );
    const outcomes = await Promise.allSettled(sends);
    const tally = { accepted: 0, limited: 0, other: [] as unknown[] };
    for (const outcome of outcomes) {
      if (outcome.status === "fulfilled" && outcome.value.status === 201) tally.accepted += 1;
      else if (outcome.status === "rejected" && outcome.reason instanceof AppError && outcome.reason.code === "LIMIT_EXCEEDED") tally.limited += 1;
      else tally.other.push(outcome.status === "rejected" ? String(outcome.reason) : outcome.value);
    }
    expect(tally).toEqual({ accepted: limit * 2, limited: (perChannel - limit) * 2, other: [] });
    const stored = await getDb().notification.groupBy({ by: ["notificationType"], where: { serviceId }, _count: true });
    expect(Object.fromEntries(stored.map((s) => [s.notificationType, s._count]))).toEqual({ sms: limit, email: limit });
  });
});
