import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in element content and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  });

  it("escapes existing entities again, so a value is always shown as typed", () => {
    expect(escapeHtml("&amp; &nbsp;")).toBe("&amp;amp; &amp;nbsp;");
  });

  it("leaves everything else alone", () => {
    expect(escapeHtml("Plain text, 100% (really) – café 😀")).toBe("Plain text, 100% (really) – café 😀");
  });
});
