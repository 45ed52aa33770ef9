// The slim USWDS footer; the usa-identifier (required links) follows it in the page frame.
export function SiteFooter() {
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="grid-container usa-footer__return-to-top">
        <a href="#top">Return to top</a>
      </div>
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <p className="notify-footer__text">
            <strong>Notify</strong>: send text messages and emails to the public from your government agency.
          </p>
        </div>
      </div>
    </footer>
  );
}
