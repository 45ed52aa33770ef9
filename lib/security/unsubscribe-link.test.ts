import { describe, expect, it } from "vitest";
import { isValidUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from "./unsubscribe-link";

const ID = "0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";

describe("unsubscribe links", () => {
  it("builds the URL from the base, the notification id and its token", () => {
    const url = unsubscribeUrl("https://notify.example.gov/", ID, "secret");
    expect(url).toBe(`https://notify.example.gov/unsubscribe/${ID}/${unsubscribeToken(ID, "secret")}`);
    expect(url.split("/").pop()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("accepts the token it issued, in either case of the id", () => {
    expect(isValidUnsubscribeToken(ID, unsubscribeToken(ID, "secret"), "secret")).toBe(true);
    expect(isValidUnsubscribeToken(ID.toUpperCase(), unsubscribeToken(ID, "secret"), "secret")).toBe(true);
  });

  it.each([
    ["another notification's token", ID, unsubscribeToken("0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6c", "secret")],
    ["a token from another secret", ID, unsubscribeToken(ID, "other")],
    ["a token one character off", ID, unsubscribeToken(ID, "secret").slice(0, -1) + (unsubscribeToken(ID, "secret").endsWith("A") ? "B" : "A")],
    ["a truncated token", ID, unsubscribeToken(ID, "secret").slice(0, 20)],
    ["an id that is not a UUID", "not-an-id", unsubscribeToken("not-an-id", "secret")],
    ["an empty token", ID, ""],
  ])("refuses %s", (_name, id, token) => {
    expect(isValidUnsubscribeToken(id, token, "secret")).toBe(false);
  });
});
