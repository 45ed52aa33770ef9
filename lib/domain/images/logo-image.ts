// Recognises a logo upload from its bytes, never from its name or the browser's content type: a
// PNG by its 8-byte signature and IHDR chunk, a JPEG by its SOI marker and the first start-of-frame
// segment, which holds the dimensions. Anything else (SVG, GIF, HTML, a renamed text file) is
// refused, so the logos store only ever holds the two raster formats email clients all display.

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Larger than any sensible email header logo; stops decompression bombs at the door. */
export const LOGO_MAX_DIMENSION = 4000;

export type LogoImage = { contentType: "image/png" | "image/jpeg"; extension: "png" | "jpg"; width: number; height: number };

export type LogoCheck = { ok: true; image: LogoImage } | { ok: false; reason: "empty" | "too-big" | "not-an-image" | "too-large-dimensions" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR, 13 bytes long.
  if (view.getUint32(8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers (baseline, extended, progressive, lossless…); C4, C8 and CC are not frames. */
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame header
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers with no length
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return null;
    if (JPEG_SOF.has(marker)) {
      if (length < 7) return null;
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** Checks an uploaded logo: a PNG or JPEG of at most LOGO_MAX_BYTES whose dimensions can be read. */
export function checkLogoImage(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: "too-big" };
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size || size.width < 1 || size.height < 1) return { ok: false, reason: "not-an-image" };
  if (size.width > LOGO_MAX_DIMENSION || size.height > LOGO_MAX_DIMENSION) return { ok: false, reason: "too-large-dimensions" };
  return {
    ok: true,
    image: png ? { contentType: "image/png", extension: "png", ...size } : { contentType: "image/jpeg", extension: "jpg", ...size },
  };
}

/** Keys in the logos store: the SHA-256 of the bytes (hex) and the format's extension. */
export const LOGO_KEY_PATTERN = /^[0-9a-f]{64}\.(png|jpg)$/;

export function contentTypeForLogoKey(key: string): "image/png" | "image/jpeg" | null {
  const match = LOGO_KEY_PATTERN.exec(key);
  if (!match) return null;
  return match[1] === "png" ? "image/png" : "image/jpeg";
}
