import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMailbox } from "./mailbox";

const address = "sec.a@notify.example.gov";

/** Reads a formatted mailbox back the way a mail client does: the display name and the address. */
function parseMailbox(mailbox: string): { name: string; address: string } {
  const match = /^(.*) <([^<>]+)>$/.exec(mailbox);
  if (!match) return { name: "", address: mailbox };
  const phrase = match[1] as string;
  const name = phrase.startsWith('"')
    ? phrase.slice(1, -1).replace(/\\(.)/g, "$1")
    : phrase
        .split(" ")
        .map((word) => {
          const encoded = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(word);
          if (!encoded) throw new Error(`not an encoded-word: ${word}`);
          return Buffer.from(encoded[1] as string, "base64");
        })
        .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0))
        .toString("utf8");
  return { name, address: match[2] as string };
}

describe("formatMailbox", () => {
  it.each([
    ["Passport Office", '"Passport Office" <sec.a@notify.example.gov>'],
    ['sec-A "><img src=x onerror=alert(1)>', '"sec-A \\"><img src=x onerror=alert(1)>" <sec.a@notify.example.gov>'],
    ["Parks, Recreation and Culture", '"Parks, Recreation and Culture" <sec.a@notify.example.gov>'],
    ["Back\\slash", '"Back\\\\slash" <sec.a@notify.example.gov>'],
    ["<admin@evil.example>", '"<admin@evil.example>" <sec.a@notify.example.gov>'],
    ["Département", "=?UTF-8?B?RMOpcGFydGVtZW50?= <sec.a@notify.example.gov>"],
    ["", "sec.a@notify.example.gov"],
    ["  \r\n ", "sec.a@notify.example.gov"],
  ])("%j → %s", (name, expected) => {
    expect(formatMailbox({ name, address })).toBe(expected);
  });

  it("keeps a quoted, comma-separated or non-ASCII name one name: a mail client reads back exactly that name and the one address", () => {
    for (const name of ['Say "hi", ok?', 'Ends with a backslash \\', 'a"b\\"c', "Service, Inc. <x@y.z>; other@example.com", "Département d’État, « Paris »", "東京都 広報課", "Ünïcödé \"and\" ASCII, mixed", "📨 Notify"]) {
      expect(parseMailbox(formatMailbox({ name, address }))).toEqual({ name, address });
    }
  });

  it("can never add a header line: line breaks and other control characters become spaces", () => {
    const mailbox = formatMailbox({ name: "Parks\r\nBcc: victim@example.com\u0000\u2028x", address });
    expect(mailbox).not.toMatch(/[\r\n\u0000\u2028]/);
    expect(parseMailbox(mailbox).name).toBe("Parks Bcc: victim@example.com x");
  });

  it("writes encoded-words of at most 75 characters that never split a character", () => {
    const name = "Département de la Santé publique et des Services sociaux — 東京都 — 📨📨📨 Ünïcödé";
    const mailbox = formatMailbox({ name, address });
    const words = mailbox.replace(/ <[^>]+>$/, "").split(" ");
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const text = Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)?.[1] ?? "", "base64");
      expect(text.toString("utf8")).not.toContain("\ufffd");
    }
    expect(parseMailbox(mailbox).name).toBe(name);
  });

  it("shortens a name too long for one header line, with ..., and keeps the header within 998 characters", () => {
    for (const name of ["A".repeat(2000), '"'.repeat(800), "é".repeat(1000), "📨".repeat(500), `${"Service ".repeat(150)}end`]) {
      const mailbox = formatMailbox({ name, address });
      expect(`From: ${mailbox}`.length).toBeLessThanOrEqual(998);
      const read = parseMailbox(mailbox);
      expect(read.address).toBe(address);
      expect(read.name.endsWith("...")).toBe(true);
      expect(name.startsWith(read.name.slice(0, -3))).toBe(true);
      expect(read.name.length).toBeGreaterThan(100);
    }
    // A 255-character name, the longest a service may have, is never shortened.
    const longest = "Département ".repeat(21).slice(0, 255);
    expect(parseMailbox(formatMailbox({ name: longest, address })).name).toBe(longest.trim());
  });

  it("refuses an address that isn't a plain address", () => {
    for (const bad of ["a@b.gov> , evil@x.com", "no-at-sign", "a b@c.gov", "a@b.gov\r\nBcc: x@y.z"]) expect(() => formatMailbox({ name: "X", address: bad })).toThrow();
  });

  it("always reads back as the name given (cleaned) and the address, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (name) => {
        const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
        const mailbox = formatMailbox({ name, address });
        expect(mailbox).not.toMatch(/[\r\n]/);
        expect(parseMailbox(mailbox)).toEqual({ name: clean, address });
      }),
    );
  });
});
