import { describe, expect, it } from "vitest";
import { checkTemplateDraft, countTemplateSms, describeSmsCharge, describeSmsLength, describeUnicodeCharacters, TEMPLATE_ERRORS, tidyTemplateDraft } from "./template-rules";

describe("checkTemplateDraft", () => {
  it("accepts a valid SMS and a valid email", () => {
    expect(checkTemplateDraft({ channel: "sms", name: "Reminder", content: "Hi ((name)), see you on ((day))." })).toEqual({});
    expect(checkTemplateDraft({ channel: "email", name: "Welcome", subject: "Hello ((name))", content: "# Welcome\n\nThanks." })).toEqual({});
  });

  it("asks for a name, a subject (email only) and content", () => {
    expect(checkTemplateDraft({ channel: "email", name: "", subject: "", content: "  " })).toEqual({
      name: TEMPLATE_ERRORS.name,
      subject: TEMPLATE_ERRORS.subject,
      content: TEMPLATE_ERRORS.content,
    });
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "" })).toEqual({ content: TEMPLATE_ERRORS.content });
  });

  it("rejects names over 255 characters", () => {
    expect(checkTemplateDraft({ channel: "sms", name: "n".repeat(256), content: "ok" }).name).toBe(TEMPLATE_ERRORS.nameTooLong);
  });

  it("rejects commas inside placeholders, but not in optional text", () => {
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "Hi ((first, last))" }).content).toBe(TEMPLATE_ERRORS.commas);
    expect(checkTemplateDraft({ channel: "email", name: "x", subject: "((a,b))", content: "ok" }).subject).toBe(TEMPLATE_ERRORS.commas);
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "((late??Sorry, we are late))" })).toEqual({});
  });

  it("rejects half-typed placeholders", () => {
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "Hi ((name)" }).content).toBe(TEMPLATE_ERRORS.unbalanced);
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "Hi name))" }).content).toBe(TEMPLATE_ERRORS.unbalanced);
  });

  it("limits SMS content to 918 characters, not counting the prefix", () => {
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "a".repeat(918) }, { smsPrefix: "A long service name" })).toEqual({});
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "a".repeat(921) }).content).toBe("You have 3 characters too many");
    expect(checkTemplateDraft({ channel: "sms", name: "x", content: "a".repeat(919) }).content).toBe("You have 1 character too many");
    // Emails have no such limit when saved.
    expect(checkTemplateDraft({ channel: "email", name: "x", subject: "s", content: "a".repeat(5000) })).toEqual({});
  });
});

describe("tidyTemplateDraft", () => {
  it("trims the name and subject, keeps the content's line endings and drops the subject of an SMS", () => {
    expect(tidyTemplateDraft({ channel: "email", name: "  My   template ", subject: " Hello\n there ", content: "a\r\nb\r\n\n  " })).toEqual({
      channel: "email",
      name: "My template",
      subject: "Hello there",
      content: "a\r\nb",
    });
    expect(tidyTemplateDraft({ channel: "sms", name: "x", subject: "ignored", content: "hi" }).subject).toBeNull();
  });
});

describe("SMS descriptions", () => {
  it("counts parts with the prefix and says so", () => {
    const count = countTemplateSms("a".repeat(155), "Service");
    expect(count.parts).toBe(2);
    expect(describeSmsLength(count)).toBe("164 characters, 2 text messages");
    expect(describeSmsCharge(count, false)).toBe("Will be charged as 2 text messages");
    expect(describeSmsCharge(countTemplateSms("Hi ((name))", null), true)).toBe("Will be charged as 1 text message (not including personalization)");
  });

  it("names the characters that force Unicode", () => {
    expect(describeUnicodeCharacters(countTemplateSms("plain text", null))).toBeNull();
    expect(describeUnicodeCharacters(countTemplateSms("Привет", null))).toMatch(/^П, р, и, в, е and т are not in the standard text message alphabet/);
    expect(describeUnicodeCharacters(countTemplateSms("Hi 😀", null))).toMatch(/^😀 is not in the standard/);
  });

  it("says how far over the limit a message is", () => {
    expect(describeSmsLength(countTemplateSms("b".repeat(920), null))).toBe("You have 2 characters too many");
  });
});
