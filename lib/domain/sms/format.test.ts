import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSmsText, normaliseSmsWhitespace } from "./format";

describe("normaliseSmsWhitespace", () => {
  it.each([
    ["  Hello   there ,  you .", "Hello there, you."],
    ["Line one\n\n\n\nLine two", "Line one\n\nLine two"],
    ["Tabs\tand\u00A0no-break\u202Fspaces", "Tabs and no-break spaces"],
    ["zero\u200Bwidth\u200C\u200D\u2060\uFEFFgone", "zerowidthgone"],
    ["Windows\r\nline\rendings", "Windows\nline\nendings"],
    ["  trailing spaces on lines  \n  next  ", "trailing spaces on lines\nnext"],
    ["Already tidy.", "Already tidy."],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseSmsWhitespace(input)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = normaliseSmsWhitespace(text);
        expect(normaliseSmsWhitespace(once)).toBe(once);
      }),
    );
  });
});

describe("formatSmsText", () => {
  it("adds the trimmed service name as a prefix", () => {
    expect(formatSmsText("Your code is 123456", { prefix: "  City Permits " })).toEqual({
      body: "City Permits: Your code is 123456",
      bodyWithoutPrefix: "Your code is 123456",
    });
  });

  it("leaves the body alone without a prefix, and an empty message without one", () => {
    expect(formatSmsText("Hi", { prefix: null })).toEqual({ body: "Hi", bodyWithoutPrefix: "Hi" });
    expect(formatSmsText(" \n ", { prefix: "City Permits" })).toEqual({ body: "", bodyWithoutPrefix: "" });
  });

  it("downgrades look-alikes in the body and the prefix", () => {
    expect(formatSmsText("It’s “done”…", { prefix: "Parks – Rec" }).body).toBe("Parks - Rec: It's \"done\"...");
  });
});
