import { describe, expect, it } from "vitest";
import { sanitisePersonalisation, sanitiseValue } from "./sanitise";

describe("sanitise_content_for", () => {
  it("removes links, breaks up bare domains and escapes every Markdown character", () => {
    expect(sanitiseValue("User, [click here](https://evil.link)")).toBe("User, \\[click here\\]\\(\\)");
    expect(sanitiseValue("see https://www.example.com/path?q=1 now")).toBe("see  now");
    expect(sanitiseValue("see www.example.com now")).toBe("see www\\. example\\. com now");
    expect(sanitiseValue("# Big *bold*")).toBe("\\# Big \\*bold\\*");
    expect(sanitiseValue("Plain text, fine.")).toBe("Plain text, fine\\.");
    expect(sanitiseValue("`code` _em_ {x} <y> + - ! | \\")).toBe("\\`code\\` \\_em\\_ \\{x\\} \\<y\\> \\+ \\- \\! \\| \\\\");
  });

  it("escapes a UUID's hyphens, as the Python client's integration test expects", () => {
    const id = "0b6f8f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    expect(sanitiseValue(id)).toBe(id.replaceAll("-", "\\-"));
  });

  it("leaves email addresses alone apart from escaping", () => {
    expect(sanitiseValue("ada@example.gov")).toBe("ada@example\\.gov");
  });

  it("only touches the named keys and reports what changed", () => {
    const result = sanitisePersonalisation({ name: "[x](http://a.gov)", other: "[y]", same: "ok" }, ["NAME", "same"]);
    expect(result.values).toEqual({ name: "\\[x\\]\\(\\)", other: "[y]", same: "ok" });
    expect(result.changed).toEqual({ name: { sanitised: "\\[x\\]\\(\\)", unsanitised: "[x](http://a.gov)" } });
  });
});
