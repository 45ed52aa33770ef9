import { describe, expect, it } from "vitest";
import { classifyInboundKeyword } from "./keywords";

describe("classifyInboundKeyword", () => {
  it.each([
    ["STOP", "STOP", "opt-out"],
    [undefined, "stop", "opt-out"],
    [undefined, " Unsubscribe. ", "opt-out"],
    ["", "ARRET", "opt-out"],
    [undefined, "HELP", "help"],
    [undefined, "info", "help"],
    [undefined, "START", "opt-in"],
    [undefined, "Please stop texting me", null],
    ["KEYWORD", "Hello", null],
  ])("keyword %s, body %s → %s", (keyword, body, expected) => {
    expect(classifyInboundKeyword(keyword, body)).toBe(expected);
  });
});
