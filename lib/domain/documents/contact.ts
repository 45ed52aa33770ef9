// The contact details a service shows on its file download pages (Notify's "send files by email"
// setting): a web page, an email address or a phone number. One field; what it is follows from
// its shape, and each kind is checked as such.
import { validateEmailAddress } from "../recipients/email";
import { validatePhoneNumber } from "../recipients/phone";

export type FilesContactKind = "url" | "email" | "phone";
export type FilesContactResult = { ok: true; value: string; kind: FilesContactKind } | { ok: false; error: string };

export const FILES_CONTACT_ERRORS = {
  required: "Enter a link, email address or phone number",
  url: "Enter a link in the correct format, like https://www.agency.gov/contact",
  email: "Enter an email address in the correct format, like name@example.com",
  phone: "Enter a phone number in the correct format, like 202-555-0123",
  tooLong: "Contact details must be 255 characters or fewer",
} as const;

/** Which kind a stored contact is (for showing it as a link, an email link or text). */
export function filesContactKind(value: string): FilesContactKind {
  if (/^https?:\/\//i.test(value)) return "url";
  return value.includes("@") ? "email" : "phone";
}

export function validateFilesContact(raw: string): FilesContactResult {
  const value = raw.trim();
  if (!value) return { ok: false, error: FILES_CONTACT_ERRORS.required };
  if (value.length > 255) return { ok: false, error: FILES_CONTACT_ERRORS.tooLong };
  const kind = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^www\./i.test(value) ? "url" : filesContactKind(value);
  if (kind === "url") {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".")) return { ok: false, error: FILES_CONTACT_ERRORS.url };
    return { ok: true, value: url.toString(), kind };
  }
  if (kind === "email") {
    const email = validateEmailAddress(value);
    return email.ok ? { ok: true, value, kind } : { ok: false, error: FILES_CONTACT_ERRORS.email };
  }
  if (!/^[+\d][\d\s().-]*$/.test(value) || !validatePhoneNumber(value).ok) return { ok: false, error: FILES_CONTACT_ERRORS.phone };
  return { ok: true, value, kind };
}
