import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSmsText } from "./format";
import { downgradeSmsText, GSM_BASIC, GSM_EXTENDED } from "./gsm";
import { countSmsParts, EMPTY_MESSAGE_ERROR, SMS_CHARACTER_LIMIT, smsCharactersTooManyMessage, smsContentError, smsTooLongMessage } from "./segments";

describe("countSmsParts: part sizes", () => {
  it.each([
    ["empty", "", 0, 0, "gsm"],
    ["1 GSM character", "a", 1, 1, "gsm"],
    ["160 GSM", "a".repeat(160), 160, 1, "gsm"],
    ["161 GSM", "a".repeat(161), 161, 2, "gsm"],
    ["306 GSM", "a".repeat(306), 306, 2, "gsm"],
    ["307 GSM", "a".repeat(307), 307, 3, "gsm"],
    ["918 GSM", "a".repeat(918), 918, 6, "gsm"],
    ["919 GSM", "a".repeat(919), 919, 7, "gsm"],
    ["80 €", "€".repeat(80), 160, 1, "gsm"],
    ["81 €", "€".repeat(81), 162, 2, "gsm"],
    ["70 ŵ", "ŵ".repeat(70), 70, 1, "ucs2"],
    ["71 ŵ", "ŵ".repeat(71), 71, 2, "ucs2"],
    ["134 ŵ", "ŵ".repeat(134), 134, 2, "ucs2"],
    ["135 ŵ", "ŵ".repeat(135), 135, 3, "ucs2"],
  ] as const)("%s: %i units in %i part(s) as %s", (_label, text, encodedLength, parts, encoding) => {
    expect(countSmsParts(text)).toMatchObject({ encodedLength, parts, encoding });
  });

  it("counts every GSM extension character as two septets but one character", () => {
    for (const char of GSM_EXTENDED) {
      expect(countSmsParts(`a${char}`)).toMatchObject({ characterCount: 2, encodedLength: 3, encoding: "gsm" });
    }
    // 159 plain + 1 extended = 161 septets: two parts, though only 160 characters.
    expect(countSmsParts(`${"a".repeat(159)}^`)).toMatchObject({ characterCount: 160, encodedLength: 161, parts: 2 });
    expect(countSmsParts(`${"a".repeat(158)}^`)).toMatchObject({ encodedLength: 160, parts: 1 });
  });

  it("never splits an extension character across parts", () => {
    // 152 plain characters then "€" (2 septets) does not fit in the first 153-septet part.
    expect(countSmsParts(`${"a".repeat(152)}€${"a".repeat(10)}`)).toMatchObject({ encodedLength: 164, parts: 2 });
    // 152 + (€ moves to part 2: 2 + 152 = 154 > 153) → 3 parts, where ceil(306/153) would say 2.
    expect(countSmsParts(`${"a".repeat(152)}€${"a".repeat(152)}`)).toMatchObject({ encodedLength: 306, parts: 3 });
    // 151 + € fills part 1 exactly (153); 153 more fill part 2.
    expect(countSmsParts(`${"a".repeat(151)}€${"a".repeat(153)}`)).toMatchObject({ encodedLength: 306, parts: 2 });
  });

  it("never splits a surrogate pair across UCS-2 parts", () => {
    expect(countSmsParts(`${"ŵ".repeat(66)}😀${"ŵ".repeat(10)}`)).toMatchObject({ encoding: "ucs2", encodedLength: 78, parts: 2 });
    // 66 + 2 + 66 = 134 units: ceil(134/67) would say 2, but the emoji can't be split, so 3.
    expect(countSmsParts(`${"ŵ".repeat(66)}😀${"ŵ".repeat(66)}`)).toMatchObject({ encodedLength: 134, parts: 3 });
    // An emoji is one character against the limit but two UTF-16 units on the bill.
    expect(countSmsParts("😀".repeat(35))).toMatchObject({ characterCount: 35, encodedLength: 70, parts: 1 });
    expect(countSmsParts("😀".repeat(36))).toMatchObject({ characterCount: 36, encodedLength: 72, parts: 2 });
  });

  it("bills a GSM message with one Unicode character entirely as UCS-2", () => {
    expect(countSmsParts(`${"a".repeat(69)}ŵ`)).toMatchObject({ encoding: "ucs2", encodedLength: 70, parts: 1 });
    expect(countSmsParts(`${"a".repeat(70)}ŵ`)).toMatchObject({ encoding: "ucs2", encodedLength: 71, parts: 2 });
    // In UCS-2 extension characters are ordinary 1-unit characters.
    expect(countSmsParts(`${"€".repeat(69)}ŵ`)).toMatchObject({ encoding: "ucs2", encodedLength: 70, parts: 1 });
  });

  it("reports which characters forced Unicode, once each, in order", () => {
    expect(countSmsParts("Hello 😀 – café ŵŵ 你 😀").unicodeCharacters).toEqual(["😀", "ŵ", "你"]);
    expect(countSmsParts("Plain GSM: @£$¥ ΔΦΓ {}[]~|^€\\").unicodeCharacters).toEqual([]);
  });
});

describe("countSmsParts: Notify's downgrading", () => {
  it("downgrades look-alikes so they stay GSM", () => {
    expect(downgradeSmsText("“Smart” ‘quotes’ – and — dashes… \u00A0nbsp\u200Bzero")).toBe("\"Smart\" 'quotes' - and - dashes...  nbspzero");
    expect(countSmsParts("It’s “fine” — really…")).toMatchObject({ encoding: "gsm", unicodeCharacters: [], characterCount: 23 });
    // ó is kept (Welsh and Spanish vowels are never changed); Ł, ź and ç have GSM look-alikes.
    expect(downgradeSmsText("Łódź çà")).toBe("Lódz cà");
    // U+2212 minus and the non-breaking hyphen become "-".
    expect(downgradeSmsText("5\u22123 and e\u2011mail")).toBe("5-3 and e-mail");
  });

  it("keeps Welsh accented letters, which force UCS-2", () => {
    expect(downgradeSmsText("Ŵyr")).toBe("Ŵyr");
    expect(countSmsParts("Ŵyr").encoding).toBe("ucs2");
  });

  it("keeps other scripts and emoji as they are (Notify.gov sends them as Unicode)", () => {
    expect(countSmsParts("Привет 你好 🙂")).toMatchObject({ encoding: "ucs2", unicodeCharacters: ["П", "р", "и", "в", "е", "т", "你", "好", "🙂"] });
  });

  it("counts the text as sent: whitespace tidied first", () => {
    expect(countSmsParts("  Hello   there ,\n\n\n\nbye  ")).toMatchObject({ characterCount: 17 });
  });
});

describe("countSmsParts: prefix and limits", () => {
  it("counts the prefix towards parts but not towards the 918 limit", () => {
    const count = countSmsParts("a".repeat(918), { prefix: "City Permits" });
    expect(count).toMatchObject({ characterCount: 932, characterCountWithoutPrefix: 918, parts: 7, isTooLong: false });
    expect(countSmsParts("a".repeat(919), { prefix: "City Permits" }).isTooLong).toBe(true);
  });

  it("adds no prefix to an empty message", () => {
    expect(countSmsParts("   ", { prefix: "City Permits" })).toMatchObject({ characterCount: 0, parts: 0, isEmpty: true });
  });

  it("counts extension characters once against the limit", () => {
    // 1,836 septets; a part holds 76 € (152 septets, as a € is never split), so 13 parts, not 12.
    expect(countSmsParts("€".repeat(918))).toMatchObject({ characterCountWithoutPrefix: 918, encodedLength: 1836, isTooLong: false, parts: 13 });
  });

  it("words the errors as Notify does", () => {
    expect(smsTooLongMessage(919)).toBe("Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long.");
    expect(smsCharactersTooManyMessage(919)).toBe("You have 1 character too many");
    expect(smsCharactersTooManyMessage(930)).toBe("You have 12 characters too many");
    expect(SMS_CHARACTER_LIMIT).toBe(918);
    expect(smsContentError(countSmsParts(""))).toBe(EMPTY_MESSAGE_ERROR);
    expect(EMPTY_MESSAGE_ERROR).toBe("Your message is empty.");
    expect(smsContentError(countSmsParts("a".repeat(919)))).toBe(smsTooLongMessage(919));
    expect(smsContentError(countSmsParts("hi"))).toBeNull();
  });
});

/** An independent re-count: fill parts greedily, character by character, from the GSM tables. */
function referenceCount(text: string): { parts: number; encoding: "gsm" | "ucs2" } {
  const chars = Array.from(text);
  const isGsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  const cost = (c: string) => (isGsm ? (GSM_EXTENDED.includes(c) ? 2 : 1) : c.length);
  const total = chars.reduce((s, c) => s + cost(c), 0);
  const encoding = isGsm ? "gsm" : "ucs2";
  if (total === 0) return { parts: 0, encoding };
  if (total <= (isGsm ? 160 : 70)) return { parts: 1, encoding };
  const size = isGsm ? 153 : 67;
  let parts = 1;
  let used = 0;
  for (const c of chars) {
    if (used + cost(c) > size) {
      parts += 1;
      used = 0;
    }
    used += cost(c);
  }
  return { parts, encoding };
}

describe("countSmsParts properties", () => {
  const alphabet = fc.constantFrom(..."abcXYZ 019.,!?€[]{}^~|\\@£ΔŵéçŁ😀你’—…".split(/(?:)/u));

  // The text as sent comes from formatSmsText (tested in format.test.ts); the counting is re-done here independently.
  it("agrees with a reference re-count of the text as sent", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 1200 }), (chars) => {
        const text = chars.join("");
        const count = countSmsParts(text);
        expect({ parts: count.parts, encoding: count.encoding }).toEqual(referenceCount(formatSmsText(text).body));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the reference on any Unicode text, too", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const count = countSmsParts(text);
        expect(count.parts).toBe(referenceCount(formatSmsText(text).body).parts);
      }),
      { numRuns: 300 },
    );
  });

  it("is GSM exactly when no character forced Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const count = countSmsParts(text);
        expect(count.encoding === "gsm").toBe(count.unicodeCharacters.length === 0);
      }),
    );
  });

  it("never needs fewer parts than the billable length requires, nor more than one extra per split", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 1200 }), (chars) => {
        const count = countSmsParts(chars.join(""));
        if (count.parts <= 1) return;
        const size = count.encoding === "gsm" ? 153 : 67;
        expect(count.parts).toBeGreaterThanOrEqual(Math.ceil(count.encodedLength / size));
        expect(count.parts).toBeLessThanOrEqual(Math.ceil(count.encodedLength / (size - 1)));
      }),
      { numRuns: 300 },
    );
  });
});
