"use client";
// "There is a problem" box at the top of a failed form: one link per error, in form order, and it
// takes focus when it appears so screen-reader and keyboard users land on it (GOV.UK pattern).
import { useEffect, useRef } from "react";

export type SummaryError = { fieldId: string; message: string };

export function ErrorSummary({ errors, title = "There is a problem" }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-title">
          {title}
        </h2>
        <ul className="usa-list usa-list--unstyled">
          {errors.map((error) => (
            <li key={`${error.fieldId}-${error.message}`}>
              <a className="usa-link" href={`#${error.fieldId}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
