import { describe, expect, it } from "vitest";
import { dailyAllowance, dailyLimitApiMessage, rateLimitApiMessage } from "./limits";

const limits = { smsMessageLimit: 250, emailMessageLimit: 1000 };

describe("daily allowance", () => {
  it("takes the channel's limit and counts the UTC day the send happens on", () => {
    expect(dailyAllowance("svc", limits, "sms", new Date("2026-12-04T23:59:59-05:00"))).toEqual({ key: "daily:svc:sms", limit: 250, day: new Date("2026-12-05T00:00:00Z") });
    expect(dailyAllowance("svc", limits, "email", new Date("2026-12-04T00:00:00Z"))).toEqual({ key: "daily:svc:email", limit: 1000, day: new Date("2026-12-04T00:00:00Z") });
  });

  it("words the API's refusals as Notify does", () => {
    expect(dailyLimitApiMessage("sms", 250)).toBe("Exceeded send limits (sms: 250) for today");
    expect(rateLimitApiMessage("normal", 3000, 60)).toBe("Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
  });
});
