// Request paths with broken percent-encoding (`/services/%E0%A4%A`: a `%` without two hex digits,
// or escapes that are not UTF-8). Next.js answers those with a bare-text 500 without the security
// headers when the broken part falls in a dynamic segment, and decodeURIComponent throws on them.
// The web server repairs the path before anything routes it: each `%` that doesn't start a valid
// escape is taken as the literal character (`%25`), as browsers' URL parser keeps it, so the request
// gets the app's normal answer (a sign-in redirect, a 404 page, a Notify error) like any unknown path.

const HEX = /^[0-9A-Fa-f]{2}$/;

// Well-formed UTF-8 (the Unicode standard's table 3-7): lead bytes, the sequence length, and the
// range of the second byte; later bytes are 80–BF. decodeURIComponent accepts exactly these.
const UTF8_LEADS: readonly (readonly [from: number, to: number, length: number, low: number, high: number])[] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f],
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf],
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f],
];

/** How many bytes, starting at `i`, form one well-formed UTF-8 character (0: the byte at `i` starts none). */
function utf8Length(bytes: readonly number[], i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  const rule = UTF8_LEADS.find(([from, to]) => lead >= from && lead <= to);
  if (!rule) return 0;
  const [, , length, low, high] = rule;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1] as number;
  if (second < low || second > high) return 0;
  for (let k = i + 2; k < i + length; k += 1) {
    const byte = bytes[k] as number;
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  return length;
}

/** `path` with every `%` that doesn't start a valid escape written as `%25`; a valid path comes back unchanged. */
export function repairPercentEncoding(path: string): string {
  try {
    decodeURIComponent(path);
    return path;
  } catch {
    // repaired below
  }
  const parts = path.split("%");
  let out = parts[0] as string;
  // Runs of consecutive escapes are checked together, as one UTF-8 character can take several.
  let i = 1;
  while (i < parts.length) {
    const run: string[] = [];
    while (i < parts.length && HEX.test((parts[i] as string).slice(0, 2))) {
      run.push(parts[i] as string);
      if ((parts[i] as string).length > 2) {
        i += 1;
        break;
      }
      i += 1;
    }
    if (run.length === 0) {
      out += `%25${parts[i] as string}`;
      i += 1;
      continue;
    }
    const bytes = run.map((part) => parseInt(part.slice(0, 2), 16));
    for (let b = 0; b < bytes.length; ) {
      const length = utf8Length(bytes, b);
      for (let k = b; k < b + Math.max(length, 1); k += 1) out += `${length ? "%" : "%25"}${run[k] as string}`;
      b += Math.max(length, 1);
    }
  }
  return out;
}

/** A request target (path and query) with its path repaired; the query is left to whoever reads it. */
export function repairRequestTarget(target: string): string {
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const repaired = repairPercentEncoding(path);
  return repaired === path ? target : repaired + (queryAt === -1 ? "" : target.slice(queryAt));
}
