// The From mailbox of an email, `Display name <address>`, written the way RFC 5322 and RFC 2047
// want it: a service name can hold quotes, commas, angle brackets, backslashes or any script,
// and must still arrive as one name, never as extra addresses, extra header lines or markup.
// Every email provider writes the From header with formatMailbox.

export type Mailbox = { name: string; address: string };

/** RFC 5322's limit on a header line, "From: " and the address included. */
const MAX_LINE = 998;
/** RFC 2047: an encoded-word is at most 75 characters; `=?UTF-8?B?` + 60 base64 characters + `?=` carries 45 bytes. */
const ENCODED_WORD_BYTES = 45;

const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Control characters (line breaks included) become spaces and runs of white space one space, so a name is always one line. */
export function cleanDisplayName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A printable-ASCII name as an RFC 5322 quoted-string: `"` and `\` escaped, everything else (`,` `<` `>` `@` `;`) kept as text. */
function quoted(name: string): string {
  return `"${name.replace(/["\\]/g, "\\$&")}"`;
}

/** Any other name as RFC 2047 encoded-words (UTF-8, base64), each whole characters only, separated by spaces. */
function encodedWords(name: string): string {
  const words: string[] = [];
  let chunk = "";
  for (const character of name) {
    if (encoder.encode(chunk + character).length > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = "";
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(encoder.encode(word))}?=`).join(" ");
}

function displayName(name: string): string {
  return /^[\x20-\x7e]*$/.test(name) ? quoted(name) : encodedWords(name);
}

/**
 * `"Display name" <address>` for a From (or Reply-To) header. Printable-ASCII names become a quoted
 * string, others RFC 2047 encoded-words; control characters become spaces; an empty name gives the
 * bare address. A name too long for one header line is shortened, with "...", to fit. Throws for an
 * address with spaces, angle brackets or quotes (addresses come from configuration and validated
 * settings, never straight from a person).
 */
export function formatMailbox({ name, address }: Mailbox): string {
  if (!/^[^\s<>"(),;:\\[\]@]+@[^\s<>"(),;:\\[\]@]+$/.test(address)) throw new Error("formatMailbox: not a plain email address");
  const clean = cleanDisplayName(name);
  if (!clean) return address;
  const budget = MAX_LINE - "From: ".length - ` <${address}>`.length;
  const whole = displayName(clean);
  if (whole.length <= budget) return `${whole} <${address}>`;
  // The longest start of the name (whole characters) that fits with "..." after it.
  const characters = Array.from(clean);
  const shortened = (count: number) => displayName(`${characters.slice(0, count).join("").trimEnd()}...`);
  let [fits, tooLong] = [0, characters.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (shortened(middle).length <= budget) fits = middle;
    else tooLong = middle;
  }
  return `${shortened(fits)} <${address}>`;
}
