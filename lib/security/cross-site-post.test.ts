import { describe, expect, it } from "vitest";
import { crossSitePostPage, isCrossSitePost } from "./cross-site-post";

const post = (origin: string | null, host = "notify.example.gov", forwardedHost: string | null = null) => isCrossSitePost({ method: "POST", origin, host, forwardedHost });

describe("isCrossSitePost", () => {
  it("refuses posts from another site, an opaque origin or an unreadable one", () => {
    expect(post("https://attacker.example")).toBe(true);
    expect(post("null")).toBe(true);
    expect(post("not a url")).toBe(true);
    expect(post("https://notify.example.gov.attacker.example")).toBe(true);
  });

  it("accepts posts from the site itself, behind a proxy too, and posts without an Origin", () => {
    expect(post("https://notify.example.gov")).toBe(false);
    expect(post("https://NOTIFY.example.gov")).toBe(false);
    expect(post("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(false);
    expect(post("https://notify.gov", "10.0.0.5:8080", "notify.gov")).toBe(false);
    expect(post("https://10.0.0.5:8080", "10.0.0.5:8080", "notify.gov")).toBe(true);
    expect(post(null)).toBe(false);
    expect(isCrossSitePost({ method: "GET", origin: "https://attacker.example", host: "notify.example.gov", forwardedHost: null })).toBe(false);
  });
});

describe("crossSitePostPage", () => {
  it("is a titled page that says nothing changed, with its style under the request's nonce", () => {
    const page = crossSitePostPage("abc123");
    expect(page).toContain("<title>Form sent from another site – Notify</title>");
    expect(page).toContain("Nothing has been changed.");
    expect(page).toContain('<style nonce="abc123">');
  });
});
