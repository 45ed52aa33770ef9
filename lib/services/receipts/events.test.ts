import { describe, expect, it } from "vitest";
import { parseProviderEvent } from "./events";

const AT = "2026-11-28T10:00:00.000Z";
const mail = { messageId: "ses-1", timestamp: "2026-11-28T09:59:00.000Z", destination: ["ada@example.gov"] };

describe("parseProviderEvent: SES", () => {
  it.each([
    [{ eventType: "Delivery", mail, delivery: { timestamp: "2026-11-28T09:59:30.000Z" } }, "delivered", undefined],
    [{ notificationType: "Delivery", mail, delivery: {} }, "delivered", undefined],
    [{ eventType: "Bounce", mail, bounce: { bounceType: "Permanent", bounceSubType: "General" } }, "permanent-failure", undefined],
    [{ eventType: "Bounce", mail, bounce: { bounceType: "Permanent", bounceSubType: "Suppressed" } }, "permanent-failure", "The email address is on our email provider suppression list"],
    [{ eventType: "Bounce", mail, bounce: { bounceType: "Transient", bounceSubType: "MailboxFull" } }, "temporary-failure", undefined],
    [{ eventType: "Bounce", mail, bounce: { bounceType: "Undetermined" } }, "temporary-failure", undefined],
    [{ eventType: "Reject", mail, reject: { reason: "Bad content" } }, "technical-failure", "Rejected by SES"],
  ])("maps %o to %s", (event, status, providerResponse) => {
    const parsed = parseProviderEvent(event, AT);
    expect(parsed).toMatchObject({ kind: "status", receipt: { provider: "ses", providerReference: "ses-1", status } });
    if (parsed.kind === "status") expect(parsed.receipt.providerResponse).toBe(providerResponse);
  });

  it("turns a complaint into a complaint, not a status change", () => {
    expect(parseProviderEvent({ eventType: "Complaint", mail, complaint: { feedbackId: "fb-1", complaintFeedbackType: "abuse", timestamp: "2026-11-28T09:59:45.000Z" } }, AT)).toEqual({
      kind: "complaint",
      complaint: { providerReference: "ses-1", feedbackId: "fb-1", complaintType: "abuse", complaintDate: "2026-11-28T09:59:45.000Z" },
    });
  });

  it.each([{ eventType: "Send", mail }, { eventType: "Open", mail }, { hello: "world" }, "text"])("ignores %o", (event) => {
    expect(parseProviderEvent(event, AT).kind).toBe("ignored");
  });
});

describe("parseProviderEvent: SMS (Pinpoint SMS Voice v2)", () => {
  const sms = (messageStatus: string, extra = {}) => ({
    eventType: `TEXT_${messageStatus}`,
    eventVersion: "1.0",
    eventTimestamp: 1795860000000,
    messageId: "pp-1",
    messageStatus,
    messageStatusDescription: `Status ${messageStatus}`,
    destinationPhoneNumber: "+12025550123",
    ...extra,
  });

  it.each([
    ["DELIVERED", "delivered"],
    ["SUCCESSFUL", "pending"],
    ["PENDING", "pending"],
    ["OPTED_OUT", "permanent-failure"],
    ["INVALID", "permanent-failure"],
    ["CARRIER_UNREACHABLE", "temporary-failure"],
    ["TTL_EXPIRED", "temporary-failure"],
    ["NO_QUOTA_LEFT_ON_ACCOUNT", "technical-failure"],
  ])("maps %s to %s", (status, expected) => {
    expect(parseProviderEvent(sms(status), AT)).toMatchObject({ kind: "status", receipt: { provider: "pinpoint", providerReference: "pp-1", status: expected, eventAt: new Date(1795860000000).toISOString() } });
  });

  it("keeps the provider's description on failures only", () => {
    const failed = parseProviderEvent(sms("BLOCKED"), AT);
    const delivered = parseProviderEvent(sms("DELIVERED"), AT);
    expect(failed.kind === "status" && failed.receipt.providerResponse).toBe("Status BLOCKED");
    expect(delivered.kind === "status" && delivered.receipt.providerResponse).toBeUndefined();
  });

  it("ignores statuses it doesn't know", () => {
    expect(parseProviderEvent(sms("SOMETHING_NEW"), AT)).toEqual({ kind: "ignored", reason: "SMS status SOMETHING_NEW" });
  });
});
