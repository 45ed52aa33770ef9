// The USWDS identifier (usa-identifier.twig): who runs the site and the required links, at the very
// bottom of every page, after the footer.
import Link from "next/link";

export function Identifier() {
  return (
    <div className="usa-identifier">
      <section className="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
        <div className="usa-identifier__container">
          <div className="usa-identifier__identity">
            <p className="usa-identifier__identity-domain">Notify</p>
            <p className="usa-identifier__identity-disclaimer">A text message and email service for government agencies.</p>
          </div>
        </div>
      </section>
      <nav className="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
        <div className="usa-identifier__container">
          <ul className="usa-identifier__required-links-list">
            <li className="usa-identifier__required-links-item">
              <Link href="/accessibility" className="usa-identifier__required-link usa-link">
                Accessibility statement
              </Link>
            </li>
          </ul>
        </div>
      </nav>
      <section className="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
        <div className="usa-identifier__container">
          <div className="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>{" "}
          <a href="https://www.usa.gov/" className="usa-link">
            Visit USA.gov
          </a>
        </div>
      </section>
    </div>
  );
}
