import { describe, expect, it } from "vitest";
import { bannerTextColour, brandedEmailHtml, logoDisplaySize, normaliseHexColour, type EmailBrandingLayout } from "./email-layout";
import { renderEmail } from "./render-email";

const branding: EmailBrandingLayout = {
  logoUrl: "https://notify.example.gov/email-logos/" + "b".repeat(64) + ".png",
  logoWidth: 240,
  logoHeight: 80,
  altText: "Department of Examples",
  bannerColour: "#1d70b8",
  bannerText: "Example benefits",
};

describe("normaliseHexColour", () => {
  it.each([
    ["#1D70B8", "#1d70b8"],
    ["1d70b8", "#1d70b8"],
    ["#fff", "#ffffff"],
    [" #000000 ", "#000000"],
  ])("accepts %s", (input, expected) => expect(normaliseHexColour(input)).toBe(expected));

  it.each(["red", "#12345", "#1234567", "#ggg000", "#fff;background:url(x)", "", "rgb(0,0,0)"])("refuses %j", (input) => {
    expect(normaliseHexColour(input)).toBeNull();
  });
});

describe("bannerTextColour", () => {
  it("picks white on dark banners and black on light ones", () => {
    expect(bannerTextColour("#1d70b8")).toBe("#ffffff");
    expect(bannerTextColour("#ffdd00")).toBe("#0b0c0c");
    expect(bannerTextColour(null)).toBe("#0b0c0c");
  });
});

describe("logoDisplaySize", () => {
  it("scales down to 60px tall keeping the shape, and never scales up", () => {
    expect(logoDisplaySize(240, 80)).toEqual({ width: 180, height: 60 });
    expect(logoDisplaySize(30, 20)).toEqual({ width: 30, height: 20 });
    expect(logoDisplaySize(4000, 100)).toEqual({ width: 560, height: 14 });
  });
});

describe("brandedEmailHtml", () => {
  const body = renderEmail({ subject: "Hello ((name))", content: "Dear ((name))\n\n* one\n* two" }, { name: "<b>Ann</b>" });
  const html = brandedEmailHtml({ subject: body.subject, bodyHtml: body.html }, branding);

  it("is a whole document with a 580px layout of presentation tables", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="en"');
    const tables = html.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(table).toContain('role="presentation"');
    expect(html).toContain("max-width:580px");
    expect(html).toContain('<!--[if mso]><table role="presentation" width="580"');
    expect(html).not.toMatch(/<style|<link|<script/);
  });

  it("shows the logo from its absolute URL with its size and alt text", () => {
    expect(html).toContain(`<img src="${branding.logoUrl}" alt="Department of Examples" width="180" height="60"`);
    expect(html).toContain("width:180px;height:60px");
  });

  it("colours the banner and writes its text in a contrasting colour", () => {
    expect(html).toContain('bgcolor="#1d70b8"');
    expect(html).toContain("background-color:#1d70b8");
    expect(html).toMatch(/color:#ffffff;">Example benefits<\/td>/);
  });

  it("keeps the body and its escaping", () => {
    expect(html).toContain(body.html);
    expect(html).toContain("&lt;b&gt;Ann&lt;/b&gt;");
    expect(html).toContain("<title>Hello &lt;b&gt;Ann&lt;/b&gt;</title>");
  });

  it("escapes alt text and banner text", () => {
    const hostile = brandedEmailHtml(
      { subject: "s", bodyHtml: "<p>x</p>" },
      { ...branding, altText: `"><script>alert(1)</script>`, bannerText: `<img src=x onerror=alert(1)> & "co"` },
    );
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<img src=x");
    expect(hostile).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(hostile).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;");
  });

  it("has a white header and no text cell without a banner", () => {
    const plain = brandedEmailHtml({ subject: "s", bodyHtml: "<p>x</p>" }, { ...branding, bannerColour: null, bannerText: null });
    expect(plain).toContain("background-color:#ffffff");
    expect(plain).not.toContain("font-size:19px");
  });

  it("refuses a colour that wasn't validated", () => {
    expect(() => brandedEmailHtml({ subject: "s", bodyHtml: "" }, { ...branding, bannerColour: "red;x:y" })).toThrow();
  });
});
