"use client";
// The "There is a problem" box at the top of <main> after a failed submission: one link per error,
// in form order, worded exactly like the inline message. It takes focus when it appears (and when
// its errors change) so keyboard and screen-reader users land on it (GOV.UK error summary). A
// click on a link focuses the field and scrolls its label or legend into view, as govuk-frontend
// does; without JavaScript the links are plain in-page anchors.
import { useEffect, useRef, type MouseEvent } from "react";

const ERROR_TITLE_PREFIX = "Error: ";

export type SummaryError = {
  /** The id of the input to link to (for radios and dates, the first control's id). */
  fieldId: string;
  message: string;
};

export type ErrorSummaryProps = {
  errors: readonly SummaryError[];
  /** A problem with the form as a whole (FormState.formError), shown above the links. */
  description?: string;
  title?: string;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = "labels" in field ? (field as HTMLInputElement).labels?.[0] : undefined;
  const caption = field.closest("fieldset")?.querySelector("legend") ?? label;
  (caption ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, description, title = "There is a problem" }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasContent = errors.length > 0 || Boolean(description);
  // Keyed on the content, not the array's identity, so an unrelated re-render (typing in a
  // controlled field) does not pull focus back to the summary.
  const signature = [description ?? "", ...errors.map((error) => `${error.fieldId}\u0000${error.message}`)].join("\n");
  useEffect(() => {
    if (hasContent) ref.current?.focus();
  }, [hasContent, signature]);
  // GOV.UK pattern: the page title starts "Error: " while the form has errors, so screen reader
  // users hear it first. Set after Next has applied the page's own title; removed when fixed.
  useEffect(() => {
    if (!hasContent) return;
    const apply = () => {
      if (!document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = `${ERROR_TITLE_PREFIX}${document.title}`;
    };
    apply();
    const timer = setTimeout(apply, 50);
    return () => {
      clearTimeout(timer);
      if (document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = document.title.slice(ERROR_TITLE_PREFIX.length);
    };
  }, [hasContent, signature]);
  if (!hasContent) return null;
  return (
    <div className="usa-alert usa-alert--error notify-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-title">
          {title}
        </h2>
        {description ? <p className="usa-alert__text">{description}</p> : null}
        {errors.length > 0 ? (
          <ul className="usa-list usa-list--unstyled">
            {errors.map((error) => (
              <li key={`${error.fieldId}\u0000${error.message}`}>
                <a className="usa-link" href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
