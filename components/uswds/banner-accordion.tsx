"use client";
// The only interactive part of the official-government banner: the "Here's how you know" button
// shows and hides the explanation panel (aria-expanded/aria-controls, and the header's expanded
// class that USWDS's own JS would toggle). Without JavaScript the panel stays closed.
import { useState, type ReactNode } from "react";

export type BannerAccordionProps = {
  /** The flag and "An official website…" text, rendered on the server. */
  summary: ReactNode;
  actionText: string;
  panelId: string;
  panel: ReactNode;
};

export function BannerAccordion({ summary, actionText, panelId, panel }: BannerAccordionProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="usa-accordion">
      <header className={isOpen ? "usa-banner__header usa-banner__header--expanded" : "usa-banner__header"}>
        <div className="usa-banner__inner">
          {summary}
          <button type="button" className="usa-accordion__button usa-banner__button" aria-expanded={isOpen} aria-controls={panelId} onClick={() => setIsOpen((open) => !open)}>
            <span className="usa-banner__button-text">{actionText}</span>
          </button>
        </div>
      </header>
      <div className="usa-banner__content usa-accordion__content" id={panelId} hidden={!isOpen}>
        {panel}
      </div>
    </div>
  );
}
