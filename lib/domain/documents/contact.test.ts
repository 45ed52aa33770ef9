import { describe, expect, it } from "vitest";
import { FILES_CONTACT_ERRORS, filesContactKind, validateFilesContact } from "./contact";

describe("validateFilesContact", () => {
  it.each([
    ["https://www.agency.gov/contact", "url"],
    ["help@agency.gov", "email"],
    ["202-555-0123", "phone"],
    ["+1 (202) 555-0123", "phone"],
  ])("accepts %s as a %s", (raw, kind) => {
    expect(validateFilesContact(` ${raw} `)).toMatchObject({ ok: true, kind });
  });
  it.each([
    ["", FILES_CONTACT_ERRORS.required],
    ["javascript://alert(1)", FILES_CONTACT_ERRORS.url],
    ["www.agency.gov", FILES_CONTACT_ERRORS.url],
    ["https://localhost", FILES_CONTACT_ERRORS.url],
    ["help@", FILES_CONTACT_ERRORS.email],
    ["call us", FILES_CONTACT_ERRORS.phone],
    ["123", FILES_CONTACT_ERRORS.phone],
  ])("refuses %j", (raw, error) => {
    expect(validateFilesContact(raw)).toEqual({ ok: false, error });
  });
  it("tells stored kinds apart", () => {
    expect(filesContactKind("https://x.gov")).toBe("url");
    expect(filesContactKind("a@x.gov")).toBe("email");
    expect(filesContactKind("202-555-0123")).toBe("phone");
  });
});
