// The text of an SMS as sent: values filled in as plain text (no escaping), then the SMS
// formatting (prefix, whitespace clean-up, look-alike downgrading) and the part count.
import { formatSmsText, type FormattedSms } from "../sms/format";
import { measureSms, type SmsCount } from "../sms/segments";
import { fillPlaceholders, indexPersonalisation, type Personalisation } from "./placeholders";

export type RenderedSms = FormattedSms & { count: SmsCount };

/**
 * Renders an SMS. `prefix` is the service name when the service prefixes its texts.
 * Unfilled placeholders stay as ((name)) (for previews); check for missing values before sending.
 * `count.isTooLong` / `count.isEmpty` (or smsContentError) say whether it may be sent.
 */
export function renderSms(content: string, personalisation: Personalisation | Map<string, unknown>, options: { prefix?: string | null } = {}): RenderedSms {
  const values = personalisation instanceof Map ? personalisation : indexPersonalisation(personalisation);
  const formatted = formatSmsText(fillPlaceholders(content, values), options);
  return { body: formatted.body, bodyWithoutPrefix: formatted.bodyWithoutPrefix, count: measureSms(formatted) };
}
