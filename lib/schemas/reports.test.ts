import { describe, expect, it } from "vitest";
import { auditFilterSchema, requestReportSchema } from "./reports";

describe("requestReportSchema", () => {
  it("reads the form and says what to do when something is wrong", () => {
    expect(requestReportSchema.parse({ days: "3", channel: "sms", status: "failed" })).toEqual({ days: 3, channel: "sms", status: "failed" });
    const result = requestReportSchema.safeParse({ days: "30", channel: "letter", status: "lost" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Select how many days of messages to download", "Select text messages or emails", "Select sending, delivered or failed messages"]);
  });
});

describe("auditFilterSchema", () => {
  it("treats empty fields as no filter and a bad page as the first", () => {
    expect(auditFilterSchema.parse({ serviceId: "", email: "", eventType: "", page: "x" })).toEqual({ page: 1 });
    expect(auditFilterSchema.parse({ serviceId: "account", page: "3" })).toEqual({ serviceId: "account", page: 3 });
  });
});
