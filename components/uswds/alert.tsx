import type { ReactNode } from "react";

export type AlertProps = {
  type: "info" | "success" | "warning" | "error" | "emergency";
  heading?: string;
  children?: ReactNode;
  slim?: boolean;
  /** Success banners after a redirect get focus-able headings so they can be announced. */
  headingLevel?: 2 | 3;
};

/** A USWDS alert. Status is said in words (the heading/text), never by colour alone. */
export function Alert({ type, heading, children, slim, headingLevel = 2 }: AlertProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`usa-alert usa-alert--${type}${slim ? " usa-alert--slim" : ""}`} role={type === "error" || type === "emergency" ? "alert" : "status"}>
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
