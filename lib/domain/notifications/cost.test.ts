import { describe, expect, it } from "vitest";
import { notificationCost } from "./cost";

const prices = { smsPerPart: 0.0075, emailPerMessage: 0 };

describe("notificationCost", () => {
  it("is not ready while the message waits to be sent", () => {
    expect(notificationCost({ notificationType: "sms", status: "created", billableUnits: 2 }, prices)).toEqual({ isCostDataReady: false, costInPounds: null, costDetails: {} });
    expect(notificationCost({ notificationType: "email", status: "created", billableUnits: 0 }, prices).isCostDataReady).toBe(false);
  });

  it("prices a text message by its parts once it has been handed over", () => {
    expect(notificationCost({ notificationType: "sms", status: "sending", billableUnits: 3 }, prices)).toEqual({
      isCostDataReady: true,
      costInPounds: 0.0225,
      costDetails: { billable_sms_fragments: 3, international_rate_multiplier: 1, sms_rate: 0.0075 },
    });
    expect(notificationCost({ notificationType: "sms", status: "delivered", billableUnits: 1 }, { ...prices, smsPerPart: 0.0227 }).costInPounds).toBe(0.0227);
  });

  it("prices an email at the configured price per message, free by default", () => {
    expect(notificationCost({ notificationType: "email", status: "delivered", billableUnits: 0 }, prices)).toEqual({ isCostDataReady: true, costInPounds: 0, costDetails: {} });
    expect(notificationCost({ notificationType: "email", status: "sending", billableUnits: 0 }, { ...prices, emailPerMessage: 0.0001 }).costInPounds).toBe(0.0001);
  });
});
