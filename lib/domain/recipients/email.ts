// Email addresses, validated by Notify's rules: a restricted local part, no "..", at most 320
// characters, a host of at most 253 characters with two or more valid labels (international
// domains allowed), and a real top-level domain (no IP addresses).

export type EmailResult = { ok: true; normalised: string } | { ok: false; error: string };

export const EMAIL_ERRORS = {
  required: "Enter an email address",
  invalid: "Not a valid email address",
} as const;

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const SHAPE = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\-]+@([^.@][^@\s]+)$/;
const LABEL = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
const TLD = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;

/** The host in ASCII (punycode), or null when it can't be encoded. Uses the WHATWG URL parser. */
function toAsciiHost(host: string): string | null {
  try {
    const ascii = new URL(`http://${host}/`).hostname;
    return ascii || null;
  } catch {
    return null;
  }
}

export function validateEmailAddress(raw: string): EmailResult {
  const email = raw.replace(INVISIBLE, "").trim();
  if (!email) return { ok: false, error: EMAIL_ERRORS.required };
  const invalid = { ok: false as const, error: EMAIL_ERRORS.invalid };
  const match = SHAPE.exec(email);
  if (!match?.[1]) return invalid;
  if (email.length > 320 || email.includes("..")) return invalid;
  const host = match[1];
  if (/[\s/\\?#:[\]%]/.test(host)) return invalid;
  const ascii = toAsciiHost(host);
  if (!ascii || ascii.length > 253) return invalid;
  const labels = ascii.split(".");
  if (labels.length < 2) return invalid;
  for (const label of labels) {
    if (label.length < 1 || label.length > 63 || !LABEL.test(label)) return invalid;
  }
  if (!TLD.test(labels[labels.length - 1] ?? "")) return invalid;
  return { ok: true, normalised: email.toLowerCase() };
}
