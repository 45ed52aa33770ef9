import { describe, expect, it } from "vitest";
import { COMPLETED_STATUSES, nextStatus, timestampForStatus } from "./status";

describe("nextStatus", () => {
  it.each([
    ["created", "sending", { ok: true, status: "sending" }],
    ["sending", "delivered", { ok: true, status: "delivered" }],
    ["sending", "permanent-failure", { ok: true, status: "permanent-failure" }],
    ["pending", "permanent-failure", { ok: true, status: "temporary-failure" }],
    ["pending", "delivered", { ok: true, status: "delivered" }],
    ["delivered", "temporary-failure", { ok: false, reason: "final" }],
    ["technical-failure", "delivered", { ok: false, reason: "final" }],
    ["sending", "sending", { ok: false, reason: "same" }],
  ] as const)("%s → %s", (from, to, expected) => {
    expect(nextStatus(from, to)).toEqual(expected);
  });
});

describe("timestampForStatus", () => {
  it("stamps each state in its own column", () => {
    expect(timestampForStatus("sending")).toBe("sentAt");
    expect(timestampForStatus("delivered")).toBe("deliveredAt");
    expect(timestampForStatus("permanent-failure")).toBe("failedAt");
    expect(timestampForStatus("cancelled")).toBe("cancelledAt");
    expect(timestampForStatus("created")).toBeUndefined();
  });

  it("treats every completed status as final, except sent (international receipts may still arrive)", () => {
    for (const status of COMPLETED_STATUSES.filter((s) => s !== "sent")) {
      expect(nextStatus(status, "sending")).toEqual({ ok: false, reason: "final" });
    }
    expect(nextStatus("sent", "delivered")).toEqual({ ok: true, status: "delivered" });
  });
});
