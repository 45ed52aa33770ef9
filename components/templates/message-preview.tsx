// How a message will look when it arrives: a text message bubble with its sender, or an email with
// From, Reply-to and Subject above the body. The email body HTML comes from the content engine
// (lib/domain/templates/render-email.ts), which escapes every value and only emits its own tags.
import type { ReactNode } from "react";
import { bannerTextColour, logoDisplaySize, type EmailBrandingLayout } from "@/lib/domain/templates/email-layout";

export type SmsPreviewData = { channel: "sms"; body: string; sender: string | null };
/** `branding`: the service's email branding, its logo URL a same-origin path. */
export type EmailPreviewData = { channel: "email"; subject: string; html: string; from: string; replyTo: string | null; branding?: EmailBrandingLayout | null };

/**
 * The branded email's header as email-layout.ts builds it, in markup the portal's CSP allows: the
 * banner colour as the cell's bgcolor (a presentational attribute, not an inline style).
 */
function BrandHeader({ branding }: { branding: EmailBrandingLayout }) {
  const size = logoDisplaySize(branding.logoWidth, branding.logoHeight);
  const isLightText = bannerTextColour(branding.bannerColour) === "#ffffff";
  // React passes the lower-case attribute through; its types don't list it.
  const cell: Record<string, string> = { bgcolor: branding.bannerColour ?? "#ffffff" };
  return (
    <table role="presentation" className="width-full margin-0" data-testid="email-branding-preview">
      <tbody>
        <tr>
          <td {...cell} className="padding-0">
            <div className="notify-email-preview__brand">
              <img src={branding.logoUrl} alt={branding.altText} width={size.width} height={size.height} />
              {branding.bannerText ? <span className={`notify-email-preview__banner-text ${isLightText ? "text-white" : "text-ink"}`}>{branding.bannerText}</span> : null}
            </div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Marks unfilled ((placeholders)) in SMS text, as the email renderer does in HTML. */
function highlightPlaceholders(text: string): ReactNode[] {
  return text.split(/(\(\([^()]+\)\))/g).map((part, i) =>
    /^\(\([^()]+\)\)$/.test(part) ? (
      <span key={i} className="placeholder">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export function MessagePreview({ preview, recipient }: { preview: SmsPreviewData | EmailPreviewData; recipient?: string }) {
  if (preview.channel === "sms") {
    return (
      <div className="margin-y-3" data-testid="message-preview">
        <dl className="margin-y-1">
          <div>
            <dt className="display-inline text-bold">From: </dt>
            <dd className="display-inline margin-0">{preview.sender ?? "Notify’s default number"}</dd>
          </div>
          {recipient ? (
            <div>
              <dt className="display-inline text-bold">To: </dt>
              <dd className="display-inline margin-0">{recipient}</dd>
            </div>
          ) : null}
        </dl>
        <div className="notify-sms-preview">{highlightPlaceholders(preview.body)}</div>
      </div>
    );
  }
  return (
    <div className="notify-email-preview margin-y-3" data-testid="message-preview">
      <table className="usa-table usa-table--borderless margin-0 width-full">
        <caption className="usa-sr-only">Email headers</caption>
        <tbody>
          <tr>
            <th scope="row">From</th>
            <td>{preview.from}</td>
          </tr>
          {preview.replyTo ? (
            <tr>
              <th scope="row">Reply to</th>
              <td>{preview.replyTo}</td>
            </tr>
          ) : null}
          {recipient ? (
            <tr>
              <th scope="row">To</th>
              <td>{recipient}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row">Subject</th>
            <td>{highlightPlaceholders(preview.subject)}</td>
          </tr>
        </tbody>
      </table>
      {preview.branding ? <BrandHeader branding={preview.branding} /> : null}
      {/* Safe: built by the content engine, which escapes all text and values. */}
      <div className="notify-email-preview__body" dangerouslySetInnerHTML={{ __html: preview.html }} />
    </div>
  );
}
