import { describe, expect, it } from "vitest";
import { UNSUBSCRIBE_BODY_ERROR, unsubscribePostSchema } from "./unsubscribe";

describe("unsubscribePostSchema", () => {
  it("takes a mail client's one-click body and the page's button", () => {
    expect(unsubscribePostSchema.parse({ "List-Unsubscribe": "One-Click" })).toEqual({ source: "one-click" });
    expect(unsubscribePostSchema.parse({ confirm: "page" })).toEqual({ source: "page" });
  });

  it.each([[{}], [{ "List-Unsubscribe": "one-click" }], [{ "List-Unsubscribe": "" }], [{ confirm: "yes" }], [{ other: "x" }]])("refuses %j with one clear message", (body) => {
    const result = unsubscribePostSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSUBSCRIBE_BODY_ERROR);
  });
});
