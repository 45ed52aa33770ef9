// Daily usage aggregation and the usage figures against a real database: the facts equal the
// counts of a seeded mix (live and purged-to-history messages, several templates, statuses and
// days), re-running changes nothing, and the usage pages add today's live messages.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestActor, createTestService, createTestTemplate, rejectionCode } from "../../../testing/factories";
import { aggregateNotificationStatus, getPlatformUsage, getServiceUsage } from "./usage";

// Noon Eastern on 2031-05-20; the complete days before it are 05-16 … 05-19.
const NOW = new Date("2031-05-20T16:00:00.000Z");
const at = (day: string, hourUtc = 15) => new Date(`${day}T${String(hourUtc).padStart(2, "0")}:00:00.000Z`);

type Seed = { day: Date; type: "sms" | "email"; status: "delivered" | "sending" | "permanent_failure" | "technical_failure"; parts: number; test?: boolean; history?: boolean; template?: 0 | 1 };

async function seed(rows: Seed[]) {
  const actor = await createTestActor();
  const service = await createTestService(actor.userId);
  const templates = {
    sms: [await createTestTemplate(service.id, actor.userId, { type: "sms", content: "A" }), await createTestTemplate(service.id, actor.userId, { type: "sms", content: "B" })],
    email: [await createTestTemplate(service.id, actor.userId, { type: "email", subject: "S", content: "C" })],
  };
  for (const r of rows) {
    const common = {
      id: randomUUID(),
      serviceId: service.id,
      notificationType: r.type,
      templateId: (templates[r.type][r.template ?? 0] ?? templates[r.type][0])!.id,
      templateVersion: 1,
      status: r.status,
      keyType: r.test ? ("test" as const) : ("normal" as const),
      billableUnits: r.parts,
      createdAt: r.day,
    };
    if (r.history) await getDb().notificationHistory.create({ data: common });
    else await getDb().notification.create({ data: { ...common, to: r.type === "sms" ? "+12025550123" : "a@example.gov" } });
  }
  return { actor, service, templates };
}

const MIX: Seed[] = [
  { day: at("2031-05-16"), type: "sms", status: "delivered", parts: 1, history: true },
  { day: at("2031-05-16"), type: "sms", status: "delivered", parts: 2, history: true },
  { day: at("2031-05-16"), type: "email", status: "delivered", parts: 0, history: true },
  { day: at("2031-05-18"), type: "sms", status: "delivered", parts: 3 },
  { day: at("2031-05-18"), type: "sms", status: "permanent_failure", parts: 1, template: 1 },
  { day: at("2031-05-18"), type: "sms", status: "delivered", parts: 5, test: true },
  // 03:30 UTC on the 19th is still the 18th in Eastern time.
  { day: at("2031-05-19", 3), type: "email", status: "sending", parts: 0 },
  { day: at("2031-05-19"), type: "sms", status: "technical_failure", parts: 0 },
  // Earlier this year (April) and today (live).
  { day: at("2031-04-02"), type: "sms", status: "delivered", parts: 2 },
  { day: at("2031-05-20", 14), type: "sms", status: "delivered", parts: 4 },
  { day: at("2031-05-20", 14), type: "email", status: "delivered", parts: 0 },
];

async function factsOf(serviceId: string) {
  const rows = await getDb().factNotificationStatus.findMany({ where: { serviceId }, orderBy: [{ bstDate: "asc" }, { notificationType: "asc" }, { status: "asc" }, { keyType: "asc" }] });
  return rows.map((f) => ({ day: f.bstDate.toISOString().slice(0, 10), templateId: f.templateId, type: f.notificationType, key: f.keyType, status: f.status, count: f.count, parts: f.billableUnits }));
}

describe("daily usage aggregation", () => {
  it("counts each day's messages (live and past retention) per template, channel, key type and status, in Eastern days", async () => {
    const { service, templates } = await seed(MIX);
    const results = await aggregateNotificationStatus({ now: NOW });
    expect(results.map((r) => r.day)).toEqual(["2031-05-16", "2031-05-17", "2031-05-18", "2031-05-19"]);

    // The expected facts, computed from the seed by hand-rolled grouping (not by the code under test).
    const expected = new Map<string, { day: string; templateId: string; type: string; key: string; status: string; count: number; parts: number }>();
    for (const r of MIX) {
      const eastern = new Date(r.day.getTime() - 4 * 3_600_000).toISOString().slice(0, 10); // EDT in May
      if (eastern < "2031-05-16" || eastern > "2031-05-19") continue;
      const templateId = (templates[r.type][r.template ?? 0] ?? templates[r.type][0])!.id;
      const key = [eastern, templateId, r.type, r.test ? "test" : "normal", r.status].join("|");
      const row = expected.get(key) ?? { day: eastern, templateId, type: r.type, key: r.test ? "test" : "normal", status: r.status, count: 0, parts: 0 };
      row.count += 1;
      row.parts += r.parts;
      expected.set(key, row);
    }
    const facts = await factsOf(service.id);
    expect(facts).toHaveLength(expected.size);
    expect(new Set(facts.map((f) => JSON.stringify(f)))).toEqual(new Set([...expected.values()].map((e) => JSON.stringify(e))));
    // And the facts add up to the database's own counts for those days.
    const start = new Date("2031-05-16T04:00:00.000Z");
    const end = new Date("2031-05-20T04:00:00.000Z");
    const live = await getDb().notification.count({ where: { serviceId: service.id, createdAt: { gte: start, lt: end } } });
    const history = await getDb().notificationHistory.count({ where: { serviceId: service.id, createdAt: { gte: start, lt: end } } });
    expect(facts.reduce((n, f) => n + f.count, 0)).toBe(live + history);
  });

  it("is idempotent, and follows a status that moved on", async () => {
    const { service } = await seed(MIX);
    await aggregateNotificationStatus({ now: NOW });
    const first = await factsOf(service.id);
    const again = await aggregateNotificationStatus({ now: NOW });
    expect(again.reduce((n, r) => n + r.removed, 0)).toBe(0);
    expect(await factsOf(service.id)).toEqual(first);

    await getDb().notification.updateMany({ where: { serviceId: service.id, status: "sending" }, data: { status: "delivered" } });
    await aggregateNotificationStatus({ now: NOW });
    const after = await factsOf(service.id);
    expect(after.find((f) => f.status === "sending")).toBeUndefined();
    expect(after.filter((f) => f.type === "email" && f.day === "2031-05-18")).toEqual([expect.objectContaining({ status: "delivered", count: 1 })]);
    expect(after.reduce((n, f) => n + f.count, 0)).toBe(first.reduce((n, f) => n + f.count, 0));
  });
});

describe("usage", () => {
  it("gives a service's year and months from the facts plus today's live messages, against its allowance, with the cost", async () => {
    const { actor, service } = await seed(MIX);
    await getDb().annualBilling.create({ data: { serviceId: service.id, financialYearStart: 2031, freeSmsFragmentLimit: 10 } });
    await aggregateNotificationStatus({ now: NOW });
    // April isn't in the last four days: aggregate it as the nightly run did back then.
    await aggregateNotificationStatus({ now: new Date("2031-04-03T16:00:00.000Z"), days: 1 });

    const usage = await getServiceUsage({ actor, serviceId: service.id, now: NOW });

    expect(usage.year).toBe(2031);
    expect(usage.freeAllowance).toBe(10);
    // Texts: 2 (history) + 2 (18th, not the test one) + 1 (19th) + 1 (April) + 1 (today) = 7; parts 1+2+3+1+0+2+4 = 13.
    expect(usage.totals).toEqual({ texts: 7, smsParts: 13, emails: 3 });
    expect(usage.months.find((m) => m.month === "2031-04")).toMatchObject({ texts: 1, smsParts: 2, freePartsUsed: 2, chargeableParts: 0 });
    expect(usage.months.find((m) => m.month === "2031-05")).toMatchObject({ texts: 6, smsParts: 11, emails: 3, freePartsUsed: 8, chargeableParts: 3 });
    expect(usage.chargeableParts).toBe(3);
    expect(usage.cost).toBeCloseTo(3 * usage.pricePerPart, 10);
    expect(usage.freeRemaining).toBe(0);
  });

  it("is for the service's managers, and across services for platform admins only", async () => {
    const { actor, service } = await seed(MIX.slice(0, 4));
    await aggregateNotificationStatus({ now: NOW });
    const stranger = await createTestActor();
    expect(await rejectionCode(getServiceUsage({ actor: stranger, serviceId: service.id, now: NOW }))).toBe("NOT_FOUND");
    expect(await rejectionCode(getPlatformUsage({ actor, now: NOW }))).toBe("NOT_FOUND");

    const admin = await createTestActor({ platformAdmin: true });
    const platform = await getPlatformUsage({ actor: admin, now: NOW });
    const row = platform.services.find((s) => s.id === service.id);
    expect(row).toMatchObject({ texts: 3, smsParts: 6, emails: 1, freeAllowance: 250_000, chargeableParts: 0, cost: 0 });
    expect(platform.totals.texts).toBeGreaterThanOrEqual(3);
  });
});
