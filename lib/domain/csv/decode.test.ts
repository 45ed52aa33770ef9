import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSpreadsheetBytes } from "./decode";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeSpreadsheetBytes", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    expect(decodeSpreadsheetBytes(utf8("café"))).toEqual({ ok: true, text: "café", encoding: "utf-8" });
    expect(decodeSpreadsheetBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("café")]))).toEqual({ ok: true, text: "café", encoding: "utf-8" });
    expect(decodeSpreadsheetBytes(new Uint8Array([]))).toEqual({ ok: true, text: "", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 (Excel's CSV on Windows)", () => {
    expect(decodeSpreadsheetBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x4a, 0x6f, 0x73, 0xe9]))).toEqual({
      ok: true,
      text: "“hi” €5 José",
      encoding: "windows-1252",
    });
  });

  it("reads UTF-16 with a byte-order mark (Excel's Unicode Text)", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeSpreadsheetBytes(le)).toEqual({ ok: true, text: "a\té", encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x62]);
    expect(decodeSpreadsheetBytes(be)).toEqual({ ok: true, text: "ab", encoding: "utf-16be" });
    expect(decodeSpreadsheetBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]))).toEqual({ ok: false, reason: "invalid-text" });
  });

  it.each([
    ["an .xlsx (zip) file", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
    ["a PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
    ["an old .xls", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]],
    ["text with control characters", [0x61, 0x01, 0x02, 0x03, 0x62, 0x0a]],
  ])("refuses %s as binary", (_label, bytes) => {
    expect(decodeSpreadsheetBytes(new Uint8Array(bytes))).toEqual({ ok: false, reason: "binary" });
  });

  it("refuses damaged UTF-8 rather than guessing", () => {
    // "é" as proper UTF-8, then a lone continuation byte: UTF-8 that got broken, not Windows-1252.
    expect(decodeSpreadsheetBytes(new Uint8Array([...utf8("café,"), 0xa9, 0x0a]))).toEqual({ ok: false, reason: "invalid-text" });
    // A byte-order mark says UTF-8, so invalid sequences after it are damage.
    expect(decodeSpreadsheetBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toEqual({ ok: false, reason: "invalid-text" });
    // Bytes that Windows-1252 leaves undefined.
    expect(decodeSpreadsheetBytes(new Uint8Array([0x70, 0x68, 0x6f, 0x6e, 0x65, 0x0a, 0xc3, 0x28, 0x81]))).toEqual({ ok: false, reason: "invalid-text" });
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeSpreadsheetBytes(bytes);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
