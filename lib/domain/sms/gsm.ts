// The GSM 03.38 alphabet and Notify's downgrading of look-alike characters, so a message is sent
// (and billed) as GSM-7 whenever it can be. Pure data and lookups.

/** GSM-7 basic set (one septet each). */
export const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/** GSM-7 extension set: each costs two septets (an escape plus the character). */
export const GSM_EXTENDED = "^{}\\[~]|€";

/**
 * Welsh accented vowels Notify keeps as they are (they force UCS-2 but are never downgraded),
 * because replacing them would change the meaning of Welsh words.
 */
export const WELSH_CHARACTERS = "àáâäèéêëìíîïòóôöùúûüẁẃŵẅỳýŷÿÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜẀẂŴẄỲÝŶŸ";

function characterClass(chars: string): string {
  return Array.from(chars, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
}

/** Matches text made only of GSM characters (basic or extended): the fast path for counting and downgrading. */
export const ALL_GSM = new RegExp(`^[${characterClass(GSM_BASIC + GSM_EXTENDED)}]*$`);

const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);
const welsh = new Set(WELSH_CHARACTERS);

/** Characters replaced by a GSM equivalent before counting and sending ("" removes them). */
export const DOWNGRADES: Readonly<Record<string, string>> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus sign
  "\u2026": "...", // ellipsis
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u200B": "", // zero-width space
  "\u200C": "", // zero-width non-joiner
  "\u200D": "", // zero-width joiner
  "\u2060": "", // word joiner
  "\uFEFF": "", // byte order mark
  "\u2028": "", // line separator
  "\u2029": "", // paragraph separator
  "\u00A0": " ", // no-break space
  "\u202F": " ", // narrow no-break space
  "\t": " ",
  "Ł": "L",
  "ł": "l",
};

export function isGsmBasic(char: string): boolean {
  return basic.has(char);
}

export function isGsmExtended(char: string): boolean {
  return extended.has(char);
}

const downgradeCache = new Map<string, string | null>();

/**
 * What a single character becomes in an SMS: itself when GSM or Welsh, a GSM look-alike from the
 * table or its Unicode base letter (ç→c, ź→z), or null when nothing fits (the character is then
 * sent as it is and forces UCS-2, as emoji and non-Latin scripts do: Notify.gov keeps them).
 */
export function downgradeCharacter(char: string): string | null {
  if (basic.has(char) || extended.has(char) || welsh.has(char)) return char;
  const cached = downgradeCache.get(char);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  const mapped = DOWNGRADES[char];
  if (mapped !== undefined) {
    result = mapped;
  } else {
    const base = char.normalize("NFD")[0];
    if (base && base !== char && (basic.has(base) || extended.has(base))) result = base;
  }
  if (downgradeCache.size < 10_000) downgradeCache.set(char, result);
  return result;
}

/** Replaces look-alike characters with GSM ones (smart quotes, dashes, ellipsis, NBSP, zero-width…). */
export function downgradeSmsText(text: string): string {
  if (ALL_GSM.test(text)) return text;
  let out = "";
  for (const char of text) out += downgradeCharacter(char) ?? char;
  return out;
}
