import type { ReactNode } from "react";
import { classNames } from "./field-a11y";

export type AlertProps = {
  type: "info" | "success" | "warning" | "error" | "emergency";
  heading?: string;
  children?: ReactNode;
  isSlim?: boolean;
  /** 1 when the alert is what the page is about (a problem page whose title is the alert's heading). */
  headingLevel?: 1 | 2 | 3 | 4;
  id?: string;
  /** Extra classes for the alert box, such as spacing utilities. */
  className?: string;
};

const HEADINGS = { 1: "h1", 2: "h2", 3: "h3", 4: "h4" } as const;

/**
 * A USWDS alert. Status is said in words (heading and text), never by colour alone. Errors are
 * announced (role="alert") and success banners are a status; a success banner's heading is
 * focusable (tabIndex=-1) so the page can move focus to it after a redirect.
 */
export function Alert({ type, heading, children, isSlim, headingLevel = 2, id, className }: AlertProps) {
  const Heading = HEADINGS[headingLevel];
  const role = type === "error" || type === "emergency" ? "alert" : type === "success" ? "status" : undefined;
  return (
    <div className={classNames("usa-alert", `usa-alert--${type}`, isSlim && "usa-alert--slim", className)} role={role} id={id}>
      <div className="usa-alert__body">
        {heading ? (
          <Heading className="usa-alert__heading" tabIndex={type === "success" ? -1 : undefined}>
            {heading}
          </Heading>
        ) : null}
        {children ? <div className="usa-alert__text">{children}</div> : null}
      </div>
    </div>
  );
}
