// The template language: ((name)) placeholders and ((name??optional text)) blocks. Names match
// ignoring case, spaces, underscores and hyphens, so ((First Name)), ((first_name)) and a
// spreadsheet column "FIRSTNAME" are the same placeholder.

/** Finds every ((…)) in a text; a name can't contain brackets. */
export const PLACEHOLDER_PATTERN = /\(\(([^()]+)\)\)/g;

export type PersonalisationValue = string | number | boolean | null | undefined | readonly (string | number | boolean | null | undefined)[];
export type Personalisation = Readonly<Record<string, PersonalisationValue | unknown>>;

export type Placeholder = {
  /** The name as first written in the template, trimmed. */
  name: string;
  /** The matching key: lower case, no spaces, underscores or hyphens. */
  key: string;
};

/** Lower-cases and removes whitespace, underscores and hyphens. */
export function normalisePlaceholderKey(name: string): string {
  return name.replace(/[\s_-]+/g, "").toLowerCase();
}

/** Splits the inside of ((…)) into the placeholder name and, for ((name??text)), the optional text. */
export function parsePlaceholderBody(body: string): { name: string; conditionalText?: string } {
  const index = body.indexOf("??");
  if (index === -1) return { name: body.trim() };
  return { name: body.slice(0, index).trim(), conditionalText: body.slice(index + 2) };
}

/** The placeholders the texts need (subject and body), in order of first appearance, without repeats. */
export function extractPlaceholders(...texts: (string | null | undefined)[]): Placeholder[] {
  const seen = new Set<string>();
  const found: Placeholder[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      const { name } = parsePlaceholderBody(match[1] ?? "");
      const key = normalisePlaceholderKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      found.push({ name, key });
    }
  }
  return found;
}

/** Personalisation keyed by normalised name. When two keys collide, the first one given wins. */
export function indexPersonalisation(values: Personalisation): Map<string, unknown> {
  const index = new Map<string, unknown>();
  for (const [key, value] of Object.entries(values)) {
    const normalised = normalisePlaceholderKey(key);
    if (!index.has(normalised)) index.set(normalised, value);
  }
  return index;
}

function isMissingValue(value: unknown, isEmptyMissing: boolean): boolean {
  if (value === null || value === undefined) return true;
  if (isEmptyMissing && typeof value === "string" && value.trim() === "") return true;
  return false;
}

/**
 * The placeholders with no value, in template order. The API treats "" as a value; spreadsheets
 * treat an empty cell as missing (`isEmptyMissing`).
 */
export function findMissingPlaceholders(placeholders: Placeholder[], values: Map<string, unknown>, options: { isEmptyMissing?: boolean } = {}): Placeholder[] {
  return placeholders.filter((p) => isMissingValue(values.get(p.key), options.isEmptyMissing ?? false));
}

/** Notify's API message for missing personalisation. */
export function missingPersonalisationMessage(missing: Placeholder[]): string {
  return `Missing personalisation: ${missing.map((p) => p.name).join(", ")}`;
}

const TRUTHY = new Set(["yes", "y", "true", "t", "1", "include", "show"]);

/** Whether ((name??text)) shows its text: yes, y, true, t, 1, include or show, in any case. */
export function isConditionalShown(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return TRUTHY.has(String(value).trim().toLowerCase());
}

/** List items as strings, blank ones dropped. */
export function listItems(value: readonly unknown[]): string[] {
  return value.filter((v) => v !== null && v !== undefined && String(v).trim() !== "").map((v) => String(v));
}

/** "a, b and c": how lists read in text messages and subject lines. */
export function joinListInline(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A value as inline text (lists joined as "a, b and c"). */
export function valueAsText(value: unknown): string {
  if (Array.isArray(value)) return joinListInline(listItems(value));
  if (value === null || value === undefined) return "";
  return String(value);
}

type Segment = string | { key: string; placeholder: Placeholder; raw: string; conditionalText?: string };

const compiled = new Map<string, Segment[]>();
const MAX_COMPILED = 500;

/** Splits a template into literal text and placeholders once, so filling many rows is cheap. */
function compile(text: string): Segment[] {
  let segments = compiled.get(text);
  if (segments) return segments;
  segments = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) segments.push(text.slice(last, index));
    const { name, conditionalText } = parsePlaceholderBody(match[1] ?? "");
    const key = normalisePlaceholderKey(name);
    segments.push({ key, placeholder: { name, key }, raw: match[0], conditionalText });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(text, segments);
  return segments;
}

/**
 * Fills placeholders in plain text. `format` turns each value into output (e.g. escaping it);
 * unfilled placeholders are passed to `unfilled` (default: left as written).
 */
export function fillPlaceholders(
  text: string,
  values: Map<string, unknown>,
  options: {
    format?: (value: unknown, placeholder: Placeholder) => string;
    unfilled?: (placeholder: Placeholder, raw: string) => string;
  } = {},
): string {
  let out = "";
  for (const segment of compile(text)) {
    if (typeof segment === "string") {
      out += segment;
      continue;
    }
    const value = values.get(segment.key);
    if (value === null || value === undefined) {
      out += options.unfilled ? options.unfilled(segment.placeholder, segment.raw) : segment.raw;
    } else if (segment.conditionalText !== undefined) {
      out += isConditionalShown(value) ? segment.conditionalText : "";
    } else {
      out += options.format ? options.format(value, segment.placeholder) : valueAsText(value);
    }
  }
  return out;
}

/**
 * Resolves ((name??text)) blocks whose value is given: the text (from the template, so it may
 * carry formatting such as a heading or bullet) or nothing. Other placeholders, and optional
 * blocks without a value, are left as written.
 */
export function resolveOptionalBlocks(text: string, values: Map<string, unknown>): string {
  if (!text.includes("??")) return text;
  let out = "";
  for (const segment of compile(text)) {
    if (typeof segment === "string") out += segment;
    else if (segment.conditionalText === undefined) out += segment.raw;
    else {
      const value = values.get(segment.key);
      out += value === null || value === undefined ? segment.raw : isConditionalShown(value) ? segment.conditionalText : "";
    }
  }
  return out;
}
