import { describe, expect, it } from "vitest";
import { encrypt } from "./encryption";
import { readUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from "./unsubscribe-link";

const ID = "0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";
const TO = "Resident@Example.gov";

describe("unsubscribe links", () => {
  it("builds the URL from the base, the notification id and its sealed token, safe in a path", () => {
    const url = unsubscribeUrl("https://notify.example.gov/", { id: ID, to: TO }, "key");
    const token = url.split("/").pop() ?? "";
    expect(url).toBe(`https://notify.example.gov/unsubscribe/${ID}/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(token).not.toContain("Resident");
  });

  it("gives back the recipient for the token it issued, in either case of the id, and with a rotated key", () => {
    const token = unsubscribeToken(ID, TO, "key");
    expect(readUnsubscribeToken(ID, token, "key")).toEqual({ emailAddress: TO });
    expect(readUnsubscribeToken(ID.toUpperCase(), token, "key")).toEqual({ emailAddress: TO });
    expect(readUnsubscribeToken(ID, token, { current: "new key", previous: ["key"] })).toEqual({ emailAddress: TO });
  });

  it.each([
    ["another notification's token", ID, unsubscribeToken("0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6c", TO, "key")],
    ["a token sealed with another key", ID, unsubscribeToken(ID, TO, "other")],
    ["a token one character off", ID, ((t) => t.slice(0, -1) + (t.endsWith("A") ? "B" : "A"))(unsubscribeToken(ID, TO, "key"))],
    ["a truncated token", ID, unsubscribeToken(ID, TO, "key").slice(0, 40)],
    ["a sealed value that isn't a link", ID, encrypt("just some text", "key")],
    ["an id that is not a UUID", "not-an-id", unsubscribeToken("not-an-id", TO, "key")],
    ["an empty token", ID, ""],
  ])("refuses %s", (_name, id, token) => {
    expect(readUnsubscribeToken(id, token, "key")).toBeNull();
  });
});
