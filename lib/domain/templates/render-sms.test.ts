import { describe, expect, it } from "vitest";
import { normaliseSmsWhitespace, renderSms, smsContentError } from "./render-sms";

describe("renderSms", () => {
  it("fills values, adds the service prefix, and keeps the API body without it", () => {
    const sms = renderSms("Hi ((name)), your code is ((code))", { Name: "Ada", CODE: 123456 }, { prefix: " City Permits " });
    expect(sms.body).toBe("City Permits: Hi Ada, your code is 123456");
    expect(sms.bodyWithoutPrefix).toBe("Hi Ada, your code is 123456");
    expect(sms.characterCountWithoutPrefix).toBe(27);
    expect(sms.count.characterCount).toBe(41);
  });

  it("tidies whitespace as Notify does", () => {
    expect(normaliseSmsWhitespace("  Hello   there ,  you .\n\n\n\nNew\tline\u00A0here\u200B  ")).toBe("Hello there, you.\n\nNew line here");
  });

  it("passes values through as plain text (no escaping in SMS)", () => {
    expect(renderSms("((x))", { x: "<b>&</b>" }).body).toBe("<b>&</b>");
  });

  it("says when a message is empty or too long, not counting the prefix", () => {
    expect(smsContentError(renderSms("((x))", { x: "" }))).toBe("Your message is empty.");
    const long = renderSms("((x))", { x: "a".repeat(919) }, { prefix: "Service" });
    expect(smsContentError(long)).toBe("Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long.");
    expect(smsContentError(renderSms("((x))", { x: "a".repeat(918) }, { prefix: "A long service name" }))).toBeNull();
  });
});
