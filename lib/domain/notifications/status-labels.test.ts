import { describe, expect, it } from "vitest";
import { isFailure, isSettled, statusLabel } from "./status-labels";

describe("status labels", () => {
  it("uses Notify's wording per channel", () => {
    expect(statusLabel("created", "sms")).toBe("Sending");
    expect(statusLabel("delivered", "email")).toBe("Delivered");
    expect(statusLabel("permanent-failure", "sms")).toBe("Phone number does not exist");
    expect(statusLabel("permanent-failure", "email")).toBe("Email address does not exist");
    expect(statusLabel("temporary-failure", "email")).toBe("Inbox not accepting messages right now");
  });

  it("shows a future scheduled message as Scheduled", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(statusLabel("created", "sms", { scheduledFor: new Date("2026-11-28T12:00:00Z"), now })).toBe("Scheduled");
    expect(statusLabel("created", "sms", { scheduledFor: new Date("2026-11-28T09:00:00Z"), now })).toBe("Sending");
  });

  it("knows which statuses are settled and which are failures", () => {
    expect(isSettled("sending")).toBe(false);
    expect(isSettled("delivered")).toBe(true);
    expect(isFailure("delivered")).toBe(false);
    expect(isFailure("technical-failure")).toBe(true);
  });
});
