import { describe, expect, it } from "vitest";
import { prepareNotification, type SendingRules } from "../notifications/prepare";
import { removeSuppressionSchema, addSuppressionSchema, SUPPRESSION_FORM_ERRORS } from "../../schemas/suppressions";
import { findSuppression, suppressedMessage, suppressedStatusLabel, type SuppressionList } from "./suppression";

const list: SuppressionList = new Map([
  ["+12025550101", [{ reason: "opt-out", sendingNumber: "" }]],
  ["+12025550102", [{ reason: "opt-out", sendingNumber: "+18445550100" }]],
]);

const rules: SendingRules = {
  service: { name: "Parks", channels: ["sms", "email"], prefixSms: false, defaultSmsSender: "+18445550199", defaultReplyTo: null },
  template: { id: "t", version: 1, templateType: "sms", subject: null, content: "Hello", archived: false },
  platformSmsSender: null,
};

describe("the do-not-send rule", () => {
  it("applies to every sender, or only to the number texted", () => {
    expect(findSuppression(list, "+12025550101", "+18445550199")).toBe("opt-out");
    expect(findSuppression(list, "+12025550102", "+18445550199")).toBeNull();
    expect(findSuppression(list, "+12025550102", "+18445550100")).toBe("opt-out");
    expect(findSuppression(null, "+12025550101", null)).toBeNull();
  });

  it("is a recipient problem of prepareNotification, with the reason, checked on the normalised number and the sender used", () => {
    const request = { channel: "sms" as const, personalisation: {}, allowedRecipients: null, suppressed: list };
    expect(prepareNotification(rules, { ...request, recipient: "(202) 555-0101" })).toEqual({ ok: false, problems: [{ code: "recipient-suppressed", normalised: "+12025550101", reason: "opt-out" }] });
    expect(prepareNotification(rules, { ...request, recipient: "202-555-0102" }).ok).toBe(true);
    expect(prepareNotification(rules, { ...request, recipient: "202-555-0102", sender: "+18445550100" }).ok).toBe(false);
    expect(prepareNotification(rules, { ...request, recipient: "2025550101", suppressed: undefined }).ok).toBe(true);
  });

  it("says why, in every way of sending's words", () => {
    expect(suppressedMessage("sms", "opt-out")).toBe("This person has opted out of texts from your service");
    expect(suppressedMessage("email", "hard-bounce")).toBe("Emails to this address are suppressed: it bounced or complained");
    expect(suppressedStatusLabel("suppressed:opt-out", "sms")).toBe("Not sent: opted out of texts");
    expect(suppressedStatusLabel("Hard bounced", "email")).toBeNull();
  });
});

describe("the list's forms", () => {
  it("need a channel and a recipient, and a removal reason from the fixed list", () => {
    expect(addSuppressionSchema.safeParse({ channel: "fax", recipient: "" }).error?.issues.map((i) => i.message)).toEqual([SUPPRESSION_FORM_ERRORS.channel, SUPPRESSION_FORM_ERRORS.recipient]);
    expect(removeSuppressionSchema.safeParse({ id: "x", reason: "because" }).error?.issues[0]?.message).toBe(SUPPRESSION_FORM_ERRORS.removalReason);
    expect(removeSuppressionSchema.safeParse({ id: "x", reason: "added-by-mistake" }).success).toBe(true);
  });
});
