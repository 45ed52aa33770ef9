// The USWDS identifier: who runs the site and the required links, at the very bottom of every page.
export function Identifier() {
  return (
    <div className="usa-identifier">
      <section className="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
        <div className="usa-identifier__container">
          <div className="usa-identifier__identity" aria-label="Agency description">
            <p className="usa-identifier__identity-domain">Notify</p>
            <p className="usa-identifier__identity-disclaimer">
              A text message and email service for government agencies, run in the open as open-source software.
            </p>
          </div>
        </div>
      </section>
      <nav className="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
        <div className="usa-identifier__container">
          <ul className="usa-identifier__required-links-list">
            <li className="usa-identifier__required-links-item">
              <a href="/accessibility" className="usa-identifier__required-link usa-link">
                Accessibility statement
              </a>
            </li>
          </ul>
        </div>
      </nav>
      <section className="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
        <div className="usa-identifier__container">
          <div className="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
          <a href="https://www.usa.gov/" className="usa-link">
            Visit USA.gov
          </a>
        </div>
      </section>
    </div>
  );
}
