// Email bodies: Notify's plain-text formatting (paragraphs, # and ## headings, bullet and numbered
// lists, ^ inset text, --- rules, links) rendered to HTML and to plain text. The structure comes
// from the *template* only: personalisation values are always escaped text, so a value can never
// add markup, formatting or a link. A value in a template's own link (https://x.gov/((ref))) fills
// that link; a list value alone on a line becomes a bullet list; the text of an optional block
// ((name??text)) is template text and may be formatted.
import { escapeHtml } from "../text/escape-html";
import {
  fillPlaceholders,
  indexPersonalisation,
  isConditionalShown,
  listItems,
  normalisePlaceholderKey,
  parsePlaceholderBody,
  resolveOptionalBlocks,
  valueAsText,
  type Personalisation,
} from "./placeholders";

export const EMAIL_BYTE_LIMIT = 2_000_000;

export type RenderedEmail = { subject: string; html: string; text: string; bodyByteLength: number; isTooLong: boolean };

type RenderOptions = { values: Map<string, unknown>; isPreview: boolean };

// ── Inline ──────────────────────────────────────────────────────────────────────────────────────

const URL_BODY = String.raw`(?:\(\([^()]+\)\)|[^\s()<>"\[\]])+`;
const INLINE = new RegExp(
  String.raw`\[([^\]]+)\]\(((?:https?:\/\/|mailto:)${URL_BODY})\)|(https?:\/\/${URL_BODY})|\(\(([^()]+)\)\)`,
  "g",
);

type Output = "html" | "text";

function typography(text: string): string {
  return text.replace(/[ \t]+([,.])/g, "$1").replace(/ -{1,3} /g, " – ");
}

function placeholderOutput(body: string, options: RenderOptions, output: Output): string {
  const { name, conditionalText } = parsePlaceholderBody(body);
  const value = options.values.get(normalisePlaceholderKey(name));
  if (value === null || value === undefined) {
    if (!options.isPreview) return output === "html" ? escapeHtml(`((${body}))`) : `((${body}))`;
    return output === "html" ? `<span class="placeholder">${escapeHtml(`((${body}))`)}</span>` : `((${body}))`;
  }
  if (conditionalText !== undefined) return isConditionalShown(value) ? renderInline(conditionalText, options, output) : "";
  const text = valueAsText(value);
  return output === "html" ? escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>") : text;
}

/** A URL from the template with values filled in; whitespace in values is encoded so the URL stays one link. */
function fillUrl(url: string, options: RenderOptions): string {
  return fillPlaceholders(url, options.values, { format: (value) => valueAsText(value).replace(/\s/g, (c) => encodeURIComponent(c)) });
}

function trimUrl(url: string): { url: string; trailing: string } {
  const match = /[.,;:!?]+$/.exec(url);
  return match ? { url: url.slice(0, match.index), trailing: match[0] } : { url, trailing: "" };
}

function renderInline(source: string, options: RenderOptions, output: Output): string {
  let out = "";
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const index = match.index ?? 0;
    const literal = source.slice(last, index);
    out += output === "html" ? escapeHtml(typography(literal)) : typography(literal);
    last = index + match[0].length;
    const [, linkText, linkUrl, bareUrl, placeholder] = match;
    if (linkText !== undefined && linkUrl !== undefined) {
      const href = fillUrl(linkUrl, options);
      const text = renderInline(linkText, options, output);
      out += output === "html" ? `<a href="${escapeHtml(href)}">${text}</a>` : `${text}: ${href}`;
    } else if (bareUrl !== undefined) {
      const { url, trailing } = trimUrl(bareUrl);
      const href = fillUrl(url, options);
      out += output === "html" ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>${escapeHtml(trailing)}` : `${href}${trailing}`;
    } else if (placeholder !== undefined) {
      out += placeholderOutput(placeholder, options, output);
    }
  }
  const rest = source.slice(last);
  return out + (output === "html" ? escapeHtml(typography(rest)) : typography(rest));
}

// ── Blocks ──────────────────────────────────────────────────────────────────────────────────────

type Block =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "bullets"; items: string[] }
  | { kind: "numbers"; items: string[] }
  | { kind: "inset"; lines: string[] }
  | { kind: "rule" }
  | { kind: "list-value"; placeholder: string };

const BULLET = /^\s*[*\-•]\s+(.*)$/;
const NUMBER = /^\s*\d+\.\s+(.*)$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const INSET = /^\s*\^\s?(.*)$/;
const HEADING = /^\s*(#{1,2})\s+(.*)$/;
const LONE_PLACEHOLDER = /^\s*\(\(([^()?]+)\)\)\s*$/;

function parseBlocks(content: string, values: Map<string, unknown>): Block[] {
  const blocks: Block[] = [];
  const lines = content.replace(/\r\n|\r/g, "\n").split("\n");
  const lastBlock = () => blocks[blocks.length - 1];
  let isParagraphOpen = false;
  for (const line of lines) {
    if (line.trim() === "") {
      isParagraphOpen = false;
      continue;
    }
    const lone = LONE_PLACEHOLDER.exec(line);
    if (lone?.[1] && Array.isArray(values.get(normalisePlaceholderKey(lone[1])))) {
      blocks.push({ kind: "list-value", placeholder: lone[1] });
      isParagraphOpen = false;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: "rule" });
      isParagraphOpen = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1] === "#" ? 1 : 2, text: heading[2] ?? "" });
      isParagraphOpen = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    const number = bullet ? null : NUMBER.exec(line);
    const inset = bullet || number ? null : INSET.exec(line);
    const previous = lastBlock();
    if (bullet) {
      if (previous?.kind === "bullets" && !isParagraphOpen) previous.items.push(bullet[1] ?? "");
      else blocks.push({ kind: "bullets", items: [bullet[1] ?? ""] });
      isParagraphOpen = false;
    } else if (number) {
      if (previous?.kind === "numbers" && !isParagraphOpen) previous.items.push(number[1] ?? "");
      else blocks.push({ kind: "numbers", items: [number[1] ?? ""] });
      isParagraphOpen = false;
    } else if (inset) {
      if (previous?.kind === "inset") previous.lines.push(inset[1] ?? "");
      else blocks.push({ kind: "inset", lines: [inset[1] ?? ""] });
      isParagraphOpen = false;
    } else if (isParagraphOpen && previous?.kind === "paragraph") {
      previous.lines.push(line.trim());
    } else {
      blocks.push({ kind: "paragraph", lines: [line.trim()] });
      isParagraphOpen = true;
    }
  }
  return blocks;
}

function listValueItems(placeholder: string, values: Map<string, unknown>): string[] {
  const value = values.get(normalisePlaceholderKey(placeholder));
  return Array.isArray(value) ? listItems(value) : [];
}

function blocksToHtml(blocks: Block[], options: RenderOptions): string {
  const inline = (s: string) => renderInline(s, options, "html");
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "heading":
          return block.level === 1 ? `<h2>${inline(block.text)}</h2>` : `<h3>${inline(block.text)}</h3>`;
        case "paragraph":
          return `<p>${block.lines.map(inline).join("<br>")}</p>`;
        case "bullets":
          return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`;
        case "numbers":
          return `<ol>${block.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ol>`;
        case "inset":
          return `<blockquote class="notify-inset">${block.lines.map(inline).join("<br>")}</blockquote>`;
        case "rule":
          return "<hr>";
        case "list-value":
          return `<ul>${listValueItems(block.placeholder, options.values).map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
      }
    })
    .join("\n");
}

function blocksToText(blocks: Block[], options: RenderOptions): string {
  const inline = (s: string) => renderInline(s, options, "text");
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "heading": {
          const text = inline(block.text);
          return `${text}\n${(block.level === 1 ? "=" : "-").repeat(Math.max(3, Array.from(text).length))}`;
        }
        case "paragraph":
          return block.lines.map(inline).join("\n");
        case "bullets":
          return block.items.map((item) => `• ${inline(item)}`).join("\n");
        case "numbers":
          return block.items.map((item, i) => `${i + 1}. ${inline(item)}`).join("\n");
        case "inset":
          return block.lines.map(inline).join("\n");
        case "rule":
          return "=-".repeat(33).slice(0, 65);
        case "list-value":
          return listValueItems(block.placeholder, options.values).map((item) => `• ${item}`).join("\n");
      }
    })
    .join("\n\n");
}

/** A subject line: values as plain text, all whitespace collapsed to single spaces, trimmed. */
export function renderSubject(subject: string, values: Map<string, unknown>): string {
  return fillPlaceholders(subject, values).replace(/\s+/g, " ").replace(/ -{1,3} /g, " – ").trim();
}

/**
 * Renders an email. With `isPreview`, unfilled placeholders show as
 * <span class="placeholder">((name))</span> in the HTML.
 */
/**
 * The footer an email from a template with "Add an unsubscribe link" ends with: a link to our
 * unsubscribe page. Added after the body (and its byte count), so it never makes a message too long.
 */
function unsubscribeFooter(link: string): { html: string; text: string } {
  return {
    html: `<p class="notify-unsubscribe">Don’t want these emails? <a href="${escapeHtml(link)}">Unsubscribe</a></p>`,
    text: `Don’t want these emails? Unsubscribe: ${link}`,
  };
}

export function renderEmail(
  template: { subject: string; content: string },
  personalisation: Personalisation | Map<string, unknown>,
  options: { isPreview?: boolean; unsubscribeLink?: string } = {},
): RenderedEmail {
  const values = personalisation instanceof Map ? personalisation : indexPersonalisation(personalisation);
  const renderOptions = { values, isPreview: options.isPreview ?? false };
  // Optional blocks come from the template, so their text may form blocks (a heading, a bullet).
  const blocks = parseBlocks(resolveOptionalBlocks(template.content, values), values);
  const text = blocksToText(blocks, renderOptions);
  const bodyByteLength = new TextEncoder().encode(text).length;
  const footer = options.unsubscribeLink ? unsubscribeFooter(options.unsubscribeLink) : null;
  return {
    subject: renderSubject(template.subject, values),
    html: footer ? `${blocksToHtml(blocks, renderOptions)}\n${footer.html}` : blocksToHtml(blocks, renderOptions),
    text: footer ? `${text}\n\n${footer.text}` : text,
    bodyByteLength,
    isTooLong: bodyByteLength > EMAIL_BYTE_LIMIT,
  };
}

export function emailTooLongMessage(bytes: number): string {
  return `Your message is too long. Emails cannot be longer than ${EMAIL_BYTE_LIMIT} bytes. Your message is ${bytes} bytes.`;
}
