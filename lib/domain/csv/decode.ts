// Turning an uploaded file's bytes into text. Spreadsheets saved as text arrive as UTF-8 (with or
// without a byte-order mark), as UTF-16 with a byte-order mark (Excel's "Unicode Text"), or as
// Windows-1252 (Excel's plain "CSV" on Windows). Anything else is refused with a reason.

export type DecodeFailure =
  /** NUL bytes or many control characters: a spreadsheet (.xlsx), image, PDF, zip… */
  | "binary"
  /** Mostly UTF-8 but with broken sequences, or bytes no text encoding we accept would contain. */
  | "invalid-text";

export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" }
  | { ok: false; reason: DecodeFailure };

/** Bytes Windows-1252 leaves undefined: a file containing them isn't Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += units.length) {
    const end = Math.min(start + units.length, bytes.length);
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] as number;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    chunks.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return chunks.join("");
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control += 1;
  }
  return control > 0 && control / sample.length > 0.01;
}

/** Whether the bytes contain at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i += 1) {
    const lead = bytes[i] as number;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let isSequence = i + length <= bytes.length;
    for (let k = 1; isSequence && k < length; k += 1) isSequence = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (isSequence) return true;
  }
  return false;
}

function decodeStrict(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a spreadsheet file. The byte-order mark, when present, decides; otherwise UTF-8 is tried
 * first and Windows-1252 is the fallback, except for text that is clearly UTF-8 with damaged
 * bytes (real Windows-1252 text almost never contains a valid UTF-8 sequence), which is refused
 * rather than turned into mojibake. Never throws.
 */
export function decodeSpreadsheetBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) {
    const text = decodeStrict("utf-16le", bytes);
    return text === null ? { ok: false, reason: "invalid-text" } : { ok: true, text, encoding: "utf-16le" };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = decodeStrict("utf-16be", bytes);
    return text === null ? { ok: false, reason: "invalid-text" } : { ok: true, text, encoding: "utf-16be" };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary" };
  const hasBom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const utf8 = decodeStrict("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  if (hasBom || hasUtf8Sequence(bytes)) return { ok: false, reason: "invalid-text" };
  for (const byte of bytes) if (UNDEFINED_1252.has(byte)) return { ok: false, reason: "invalid-text" };
  return { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
}
