// The simulator's input messages are part of the contract: the /outbox form and the command show them.
import { describe, expect, it } from "vitest";
import { giveLocalInboundNumberSchema, simulateInboundSmsSchema } from "./inbound";

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe("simulateInboundSmsSchema", () => {
  it("normalises both numbers to E.164 and keeps the message as written", () => {
    expect(simulateInboundSmsSchema.parse({ to: " (202) 555-0150 ", from: "+44 7700 900123", message: " Yes please " })).toEqual({ to: "+12025550150", from: "+447700900123", message: " Yes please " });
  });

  it.each([
    [{ to: "", from: "", message: "" }, { to: "Select the number the text was sent to", from: "Enter the phone number the text was sent from", message: "Enter the message" }],
    [{ to: "+12025550150", from: "12345", message: "   " }, { from: "Enter a phone number in the correct format, like 202-555-0123 or +44 7700 900123 (not enough digits)", message: "Enter the message" }],
    [{ to: "+12025550150", from: "+12025550177", message: "a".repeat(919) }, { message: "The message must be 918 characters or fewer" }],
    [{}, { to: "Select the number the text was sent to", from: "Enter the phone number the text was sent from", message: "Enter the message" }],
  ])("refuses %o", (input, errors) => {
    const parsed = simulateInboundSmsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(messagesOf(parsed)).toEqual(errors);
  });

  it("takes 918 characters, counting emoji as one", () => {
    expect(simulateInboundSmsSchema.safeParse({ to: "+12025550150", from: "+12025550177", message: "😀".repeat(918) }).success).toBe(true);
  });
});

describe("giveLocalInboundNumberSchema", () => {
  it("needs a service ID and takes an optional number", () => {
    expect(giveLocalInboundNumberSchema.parse({ serviceId: "6ad9d3c2-3a4b-4f25-9b7e-2f1f5b6c7d8e", number: "202-555-0150" })).toEqual({ serviceId: "6ad9d3c2-3a4b-4f25-9b7e-2f1f5b6c7d8e", number: "+12025550150" });
    expect(giveLocalInboundNumberSchema.parse({ serviceId: "6ad9d3c2-3a4b-4f25-9b7e-2f1f5b6c7d8e" })).toEqual({ serviceId: "6ad9d3c2-3a4b-4f25-9b7e-2f1f5b6c7d8e" });
    expect(messagesOf(giveLocalInboundNumberSchema.safeParse({ serviceId: "my service", number: "55" }))).toEqual({
      serviceId: "Enter the service ID from the service’s address in the portal (/services/<service ID>)",
      number: "Enter the number in the correct format, like +1 202-555-0150 (not enough digits)",
    });
  });
});
