import { describe, expect, it } from "vitest";
import { listNotificationsQuerySchema, notifyValidationMessages, postEmailRequestSchema, postSmsRequestSchema } from "./api";

function messages(result: { success: boolean; error?: Parameters<typeof notifyValidationMessages>[0] }) {
  return result.success || !result.error ? [] : notifyValidationMessages(result.error);
}

describe("API request schemas", () => {
  it("accepts a minimal and a full SMS request", () => {
    expect(postSmsRequestSchema.safeParse({ phone_number: "+12025550123", template_id: "f33517ff-2a88-4f6e-b855-c550268ce08a" }).success).toBe(true);
    expect(
      postSmsRequestSchema.safeParse({
        phone_number: "2025550123",
        template_id: "f33517ff-2a88-4f6e-b855-c550268ce08a",
        personalisation: { name: "Ada", items: ["a", "b"], n: 3 },
        reference: "ref",
        sms_sender_id: "a33517ff-2a88-4f6e-b855-c550268ce08a",
        scheduled_for: null,
      }).success,
    ).toBe(true);
  });

  it("lists every problem in Notify's words", () => {
    expect(messages(postSmsRequestSchema.safeParse({}))).toEqual(["phone_number is a required property", "template_id is a required property"]);
    expect(messages(postSmsRequestSchema.safeParse({ phone_number: 123, template_id: "nope", colour: "red" }))).toEqual([
      "phone_number 123 is not of type string",
      "template_id is not a valid UUID",
      "Additional properties are not allowed (colour was unexpected)",
    ]);
    expect(messages(postEmailRequestSchema.safeParse({ email_address: "a@b.gov", template_id: "f33517ff-2a88-4f6e-b855-c550268ce08a", personalisation: "x", reference: "r".repeat(1001) }))).toEqual([
      "personalisation x is not of type object",
      `reference ${"r".repeat(1001)} is too long`,
    ]);
  });

  it("checks list query values", () => {
    expect(messages(listNotificationsQuerySchema.safeParse({ template_type: ["fax"] }))).toEqual(["template_type fax is not one of [sms, email, letter]"]);
    expect(messages(listNotificationsQuerySchema.safeParse({ page: "2" }))).toEqual(["Additional properties are not allowed (page was unexpected)"]);
  });
});
