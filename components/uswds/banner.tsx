"use client";
// The official-government-website banner. Its "Here's how you know" panel is a disclosure: a
// button with aria-expanded/aria-controls. Without JavaScript the panel simply stays closed.
import Image from "next/image";
import { useState } from "react";
import dotGovIcon from "@uswds/uswds/img/icon-dot-gov.svg";
import httpsIcon from "@uswds/uswds/img/icon-https.svg";
import flag from "@uswds/uswds/img/us_flag_small.png";

export function Banner() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <section className="usa-banner" aria-label="Official website of the United States government">
      <div className="usa-accordion">
        <header className="usa-banner__header">
          <div className="usa-banner__inner">
            <div className="grid-col-auto">
              <Image aria-hidden="true" className="usa-banner__header-flag" src={flag} alt="" width={16} height={11} />
            </div>
            <div className="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
              <p className="usa-banner__header-text">An official website of the United States government</p>
              <p className="usa-banner__header-action">Here’s how you know</p>
            </div>
            <button
              type="button"
              className="usa-accordion__button usa-banner__button"
              aria-expanded={isOpen}
              aria-controls="gov-banner-panel"
              onClick={() => setIsOpen((open) => !open)}
            >
              <span className="usa-banner__button-text">Here’s how you know</span>
            </button>
          </div>
        </header>
        <div className="usa-banner__content usa-accordion__content" id="gov-banner-panel" hidden={!isOpen}>
          <div className="grid-row grid-gap-lg">
            <div className="usa-banner__guidance tablet:grid-col-6">
              <Image className="usa-banner__icon usa-media-block__img" src={dotGovIcon} role="img" alt="" aria-hidden="true" width={40} height={40} />
              <div className="usa-media-block__body">
                <p>
                  <strong>Official websites use .gov</strong>
                  <br />A <strong>.gov</strong> website belongs to an official government organization in the United States.
                </p>
              </div>
            </div>
            <div className="usa-banner__guidance tablet:grid-col-6">
              <Image className="usa-banner__icon usa-media-block__img" src={httpsIcon} role="img" alt="" aria-hidden="true" width={40} height={40} />
              <div className="usa-media-block__body">
                <p>
                  <strong>Secure .gov websites use HTTPS</strong>
                  <br />A <strong>lock</strong> or <strong>https://</strong> means you’ve safely connected to the .gov website. Share
                  sensitive information only on official, secure websites.
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
