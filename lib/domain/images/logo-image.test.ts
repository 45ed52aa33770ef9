import { describe, expect, it } from "vitest";
import { makeJpegHeader, makePng } from "@/testing/images";
import { checkLogoImage, contentTypeForLogoKey, LOGO_MAX_BYTES } from "./logo-image";

describe("checkLogoImage", () => {
  it("reads a PNG's type and dimensions from its bytes", () => {
    expect(checkLogoImage(makePng(120, 40))).toEqual({ ok: true, image: { contentType: "image/png", extension: "png", width: 120, height: 40 } });
  });

  it("reads a JPEG's dimensions from its start-of-frame segment", () => {
    expect(checkLogoImage(makeJpegHeader(300, 90))).toEqual({ ok: true, image: { contentType: "image/jpeg", extension: "jpg", width: 300, height: 90 } });
  });

  it.each([
    ["text", Buffer.from("hello, this is not a picture")],
    ["SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')],
    ["GIF", Buffer.from("GIF89a\x0a\x00\x0a\x00")],
    ["a PNG signature with no IHDR", makePng(2, 2).subarray(0, 12)],
    ["a truncated JPEG", makeJpegHeader(10, 10).subarray(0, 24)],
    ["a PNG of zero width", makePng(1, 1).fill(0, 16, 20)],
  ])("refuses %s", (_name, bytes) => {
    expect(checkLogoImage(bytes)).toEqual({ ok: false, reason: "not-an-image" });
  });

  it("refuses empty files, files over the size cap and huge dimensions", () => {
    expect(checkLogoImage(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    const big = Buffer.concat([makePng(10, 10), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(checkLogoImage(big)).toEqual({ ok: false, reason: "too-big" });
    expect(checkLogoImage(makeJpegHeader(5000, 10))).toEqual({ ok: false, reason: "too-large-dimensions" });
  });
});

describe("contentTypeForLogoKey", () => {
  it("knows only content-hash keys", () => {
    const hash = "a".repeat(64);
    expect(contentTypeForLogoKey(`${hash}.png`)).toBe("image/png");
    expect(contentTypeForLogoKey(`${hash}.jpg`)).toBe("image/jpeg");
    expect(contentTypeForLogoKey(`${hash}.svg`)).toBeNull();
    expect(contentTypeForLogoKey(`../${hash}.png`)).toBeNull();
  });
});
