import { describe, expect, it } from "vitest";
import { smsContentError, smsTooLongMessage } from "../sms/segments";
import { renderSms } from "./render-sms";

describe("renderSms", () => {
  it("fills values, adds the service prefix, and keeps the API body without it", () => {
    const sms = renderSms("Hi ((name)), your code is ((code))", { Name: "Ada", CODE: 123456 }, { prefix: " City Permits " });
    expect(sms.body).toBe("City Permits: Hi Ada, your code is 123456");
    expect(sms.bodyWithoutPrefix).toBe("Hi Ada, your code is 123456");
    expect(sms.count).toMatchObject({ characterCount: 41, characterCountWithoutPrefix: 27, parts: 1, encoding: "gsm" });
  });

  it("matches placeholders with odd spacing and case", () => {
    expect(renderSms("((  First_Name ))/((first-name))/((FIRST NAME))", { "first name": "Ada" }).body).toBe("Ada/Ada/Ada");
  });

  it("shows or hides optional text", () => {
    const template = "Hi.((under18?? Get a parent to sign.)) Thanks";
    expect(renderSms(template, { under18: "yes" }).body).toBe("Hi. Get a parent to sign. Thanks");
    expect(renderSms(template, { under18: "no" }).body).toBe("Hi. Thanks");
  });

  it("joins list values as words", () => {
    expect(renderSms("Bring ((items)).", { items: ["ID", "a bill", "a photo"] }).body).toBe("Bring ID, a bill and a photo.");
  });

  it("passes values through as plain text (no escaping in SMS)", () => {
    expect(renderSms("((x))", { x: "<b>&amp;</b>" }).body).toBe("<b>&amp;</b>");
  });

  it("tidies whitespace and downgrades characters that come from values", () => {
    const sms = renderSms("Dear ((name)) ,\n\n\n\n((note))", { name: "  Ada  ", note: "It’s “ready”\u200B" });
    expect(sms.body).toBe("Dear Ada,\n\nIt's \"ready\"");
    expect(sms.count.encoding).toBe("gsm");
  });

  it("leaves unfilled placeholders as written, for previews", () => {
    expect(renderSms("Hi ((name))", {}).body).toBe("Hi ((name))");
  });

  it("says when a message is empty or too long, not counting the prefix", () => {
    expect(smsContentError(renderSms("((x))", { x: "" }).count)).toBe("Your message is empty.");
    expect(smsContentError(renderSms("((show??Hello))", { show: "no" }).count)).toBe("Your message is empty.");
    const long = renderSms("((x))", { x: "a".repeat(919) }, { prefix: "Service" });
    expect(smsContentError(long.count)).toBe(smsTooLongMessage(919));
    expect(smsContentError(renderSms("((x))", { x: "a".repeat(918) }, { prefix: "A long service name" }).count)).toBeNull();
  });
});
