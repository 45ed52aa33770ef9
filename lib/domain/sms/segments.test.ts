import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GSM_BASIC, GSM_EXTENDED } from "./gsm";
import { countSmsParts, downgradeSmsText, SMS_CHARACTER_LIMIT, smsTooLongMessage } from "./segments";

describe("countSmsParts", () => {
  it.each([
    ["", 0, 0, "gsm"],
    ["a", 1, 1, "gsm"],
    ["a".repeat(160), 160, 1, "gsm"],
    ["a".repeat(161), 161, 2, "gsm"],
    ["a".repeat(306), 306, 2, "gsm"],
    ["a".repeat(307), 307, 3, "gsm"],
    ["a".repeat(918), 918, 6, "gsm"],
    ["€".repeat(80), 160, 1, "gsm"],
    ["€".repeat(81), 162, 2, "gsm"],
    ["ŵ".repeat(70), 70, 1, "ucs2"],
    ["ŵ".repeat(71), 71, 2, "ucs2"],
    ["ŵ".repeat(134), 134, 2, "ucs2"],
    ["ŵ".repeat(135), 135, 3, "ucs2"],
  ] as const)("%#: %j is %i units in %i part(s) as %s", (text, encodedLength, parts, encoding) => {
    const count = countSmsParts(text);
    expect(count).toMatchObject({ encodedLength, parts, encoding });
  });

  it("never splits an extended character across parts", () => {
    // 152 plain characters then "€" (2 septets) does not fit in the first 153-septet part.
    const text = `${"a".repeat(152)}€${"a".repeat(10)}`;
    expect(countSmsParts(text)).toMatchObject({ encodedLength: 164, parts: 2 });
    const boundary = `${"a".repeat(152)}€${"a".repeat(152)}`;
    // 152 + (€ moved to part 2: 2 + 152 = 154 > 153) → 3 parts, where ceil(306/153) would say 2.
    expect(countSmsParts(boundary)).toMatchObject({ encodedLength: 306, parts: 3 });
  });

  it("never splits a surrogate pair across UCS-2 parts", () => {
    const text = `${"ŵ".repeat(66)}😀${"ŵ".repeat(10)}`;
    expect(countSmsParts(text)).toMatchObject({ encoding: "ucs2", encodedLength: 78, parts: 2 });
    // 66 + 2 + 66 = 134 units: ceil(134/67) would say 2, but the emoji can't be split, so 3.
    const boundary = `${"ŵ".repeat(66)}😀${"ŵ".repeat(66)}`;
    expect(countSmsParts(boundary)).toMatchObject({ encodedLength: 134, parts: 3 });
  });

  it("reports which characters forced Unicode, once each, in order", () => {
    expect(countSmsParts("Hello 😀 – café ŵŵ 你").unicodeCharacters).toEqual(["😀", "ŵ", "你"]);
  });

  it("downgrades look-alikes so they stay GSM", () => {
    expect(downgradeSmsText("“Smart” ‘quotes’ – and — dashes… \u00A0nbsp\u200Bzero")).toBe("\"Smart\" 'quotes' - and - dashes...  nbspzero");
    expect(countSmsParts("It’s “fine” — really…")).toMatchObject({ encoding: "gsm", unicodeCharacters: [] });
    // ó is kept (Welsh and Spanish vowels are never changed); Ł, ź and ç have GSM look-alikes.
    expect(downgradeSmsText("Łódź çà")).toBe("Lódz cà");
  });

  it("keeps Welsh accented letters, which force UCS-2", () => {
    expect(downgradeSmsText("Ŵyr")).toBe("Ŵyr");
    expect(countSmsParts("Ŵyr").encoding).toBe("ucs2");
  });

  it("words the too-long error as Notify does", () => {
    expect(smsTooLongMessage(919)).toBe("Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long.");
    expect(SMS_CHARACTER_LIMIT).toBe(918);
  });
});

/** An independent re-count: fill parts greedily, character by character. */
function referenceParts(text: string): number {
  const chars = Array.from(downgradeSmsText(text));
  const isGsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  const cost = (c: string) => (isGsm ? (GSM_EXTENDED.includes(c) ? 2 : 1) : c.length);
  const total = chars.reduce((s, c) => s + cost(c), 0);
  if (total === 0) return 0;
  if (total <= (isGsm ? 160 : 70)) return 1;
  const size = isGsm ? 153 : 67;
  const parts: number[] = [0];
  for (const c of chars) {
    if ((parts[parts.length - 1] ?? 0) + cost(c) > size) parts.push(0);
    parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + cost(c);
  }
  return parts.length;
}

describe("countSmsParts properties", () => {
  const alphabet = fc.constantFrom(..."abcXYZ 019.,!?€[]{}^~|\\@£ŵ😀你’—…\n".split(/(?:)/u));
  it("agrees with a reference re-count on any text", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 1200 }), (chars) => {
        const text = chars.join("");
        expect(countSmsParts(text).parts).toBe(referenceParts(text));
      }),
      { numRuns: 400 },
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
});
