// Turning an uploaded file's bytes into text: UTF-8 (with or without a byte-order mark) or, failing
// that, Windows-1252 (what Excel on Windows saves as "CSV"). Binary files are refused.

export type DecodeResult = { ok: true; text: string; encoding: "utf-8" | "windows-1252" } | { ok: false; reason: "binary" | "undecodable" };

/** Bytes Windows-1252 leaves undefined: a file containing them isn't Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

export function decodeSpreadsheetBytes(bytes: Uint8Array): DecodeResult {
  if (looksBinary(bytes)) return { ok: false, reason: "binary" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    for (const byte of bytes) if (UNDEFINED_1252.has(byte)) return { ok: false, reason: "undecodable" };
    return { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
