// The USWDS "An official website of the United States government" banner (usa-banner.twig), at
// the very top of every page. Server-rendered; only the "Here's how you know" toggle is a client
// component. Images are bundled from @uswds/uswds and rendered as plain <img> (next/image adds an
// inline style attribute, which the strict CSP would block).
import dotGovIcon from "@uswds/uswds/img/icon-dot-gov.svg";
import httpsIcon from "@uswds/uswds/img/icon-https.svg";
import flag from "@uswds/uswds/img/us_flag_small.png";
import { BannerAccordion } from "./banner-accordion";

const ACTION_TEXT = "Here’s how you know";

/** Next's static imports give { src, … }; other bundlers (vitest) give the URL itself. */
function srcOf(image: string | { src: string }): string {
  return typeof image === "string" ? image : image.src;
}

function LockIcon() {
  return (
    <span className="icon-lock">
      <svg xmlns="http://www.w3.org/2000/svg" width="52" height="64" viewBox="0 0 52 64" className="usa-banner__lock-image" role="img" aria-labelledby="banner-lock-description" focusable="false">
        <title id="banner-lock-title">Lock</title>
        <desc id="banner-lock-description">Locked padlock icon</desc>
        <path
          fill="#000000"
          fillRule="evenodd"
          d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4 4 0 0 1 4-4h3v-9C7 8.507 15.507 0 26 0zm0 8c-5.979 0-10.843 4.77-10.996 10.712L15 19v9h22v-9c0-6.075-4.925-11-11-11z"
        />
      </svg>
    </span>
  );
}

export function Banner() {
  return (
    <section className="usa-banner" aria-label="Official website of the United States government">
      <BannerAccordion
        actionText={ACTION_TEXT}
        panelId="gov-banner-default"
        summary={
          <>
            <div className="grid-col-auto">
              <img aria-hidden="true" className="usa-banner__header-flag" src={srcOf(flag)} alt="" width={16} height={11} />
            </div>
            <div className="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
              <p className="usa-banner__header-text">An official website of the United States government</p>
              <p className="usa-banner__header-action">{ACTION_TEXT}</p>
            </div>
          </>
        }
        panel={
          <div className="grid-row grid-gap-lg">
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img className="usa-banner__icon usa-media-block__img" src={srcOf(dotGovIcon)} alt="" aria-hidden="true" width={40} height={40} />
              <div className="usa-media-block__body">
                <p>
                  <strong>Official websites use .gov</strong>
                  <br />A <strong>.gov</strong> website belongs to an official government organization in the United States.
                </p>
              </div>
            </div>
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img className="usa-banner__icon usa-media-block__img" src={srcOf(httpsIcon)} alt="" aria-hidden="true" width={40} height={40} />
              <div className="usa-media-block__body">
                <p>
                  <strong>Secure .gov websites use HTTPS</strong>
                  <br />A <strong>lock</strong> (<LockIcon />) or <strong>https://</strong> means you’ve safely connected to the .gov website. Share
                  sensitive information only on official, secure websites.
                </p>
              </div>
            </div>
          </div>
        }
      />
    </section>
  );
}
