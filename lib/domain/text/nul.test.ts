import { describe, expect, it } from "vitest";
import { findNul, nulMessage, withoutNul } from "./nul";

describe("findNul", () => {
  it("names the first key or string value with a NUL", () => {
    expect(findNul({ phone_number: "+12025550123", reference: "a\u0000b" })).toBe("reference");
    expect(findNul({ personalisation: { name: "A\u0000da" } })).toBe("personalisation.name");
    expect(findNul({ personalisation: { "na\u0000me": "Ada" } })).toBe("personalisation.na\\u0000me");
    expect(findNul({ rows: [["phone number"], ["+1202\u0000"]] })).toBe("rows[1][0]");
    expect(findNul("\u0000")).toBe("request");
    expect(findNul({ reference: "\ud800" })).toBe("reference");
    expect(findNul({ reference: "a\udc00b" })).toBe("reference");
    expect(findNul({ personalisation: { "\ud800": "x" } })).toBe("personalisation.\uFFFD");
  });

  it("finds nothing in ordinary values, other control characters included", () => {
    expect(findNul({ a: "tab\there", b: ["\u0007", 1, null, true], c: { d: "é 😀 \ud83d\ude00" } })).toBeNull();
  });
});

describe("nulMessage and withoutNul", () => {
  it("words the refusal and drops the character", () => {
    expect(nulMessage("reference")).toBe("reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)");
    expect(withoutNul("A\u0000da\u0000")).toBe("Ada");
    expect(withoutNul("Ada")).toBe("Ada");
  });
});
