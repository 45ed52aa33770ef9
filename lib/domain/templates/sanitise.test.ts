import { describe, expect, it } from "vitest";
import { sanitisePersonalisation, sanitiseValue } from "./sanitise";

describe("sanitise_content_for", () => {
  it("removes links and escapes formatting characters", () => {
    expect(sanitiseValue("User, [click here](https://evil.link)")).toBe("User, \\[click here\\]\\(\\)");
    expect(sanitiseValue("see www.example.com now")).toBe("see  now");
    expect(sanitiseValue("# Big *bold*")).toBe("\\# Big \\*bold\\*");
    expect(sanitiseValue("Plain text, fine.")).toBe("Plain text, fine.");
  });

  it("only touches the named keys and reports what changed", () => {
    const result = sanitisePersonalisation({ name: "[x](http://a.b)", other: "[y]", same: "ok" }, ["NAME", "same"]);
    expect(result.values).toEqual({ name: "\\[x\\]\\(\\)", other: "[y]", same: "ok" });
    expect(result.changed).toEqual({ name: { sanitised: "\\[x\\]\\(\\)", unsanitised: "[x](http://a.b)" } });
  });
});
