// The whole system's health needs a live worker; a web instance's own health needs only the database,
// so the platform never restarts web instances because the worker is down.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { getHealth, WORKER_STALE_AFTER_MS } from "./get-health";

describe("getHealth", () => {
  it("reports a stale worker as down: unhealthy for the system, healthy for the web scope", async () => {
    const now = new Date();
    await getDb().workerHeartbeat.upsert({ where: { id: "health-test-worker" }, create: { id: "health-test-worker", hostname: "test", pid: 1, startedAt: now, lastSeenAt: now }, update: { lastSeenAt: now } });
    const latest = await getDb().workerHeartbeat.findFirstOrThrow({ orderBy: { lastSeenAt: "desc" } });
    const later = new Date(latest.lastSeenAt.getTime() + WORKER_STALE_AFTER_MS + 1_000);

    expect(await getHealth(new Date(latest.lastSeenAt.getTime() + 1_000))).toMatchObject({ status: "ok", database: { status: "ok" }, worker: { status: "ok" } });
    expect(await getHealth(later)).toMatchObject({ status: "unhealthy", database: { status: "ok" }, worker: { status: "down" } });
    expect(await getHealth(later, "web")).toMatchObject({ status: "ok", database: { status: "ok" }, worker: { status: "down" } });
  });
});
