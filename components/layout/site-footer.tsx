import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="usa-footer__primary-section">
        <nav className="usa-footer__nav grid-container" aria-label="Footer navigation">
          <ul className="grid-row grid-gap">
            <li className="mobile-lg:grid-col-auto usa-footer__primary-content">
              <Link className="usa-footer__primary-link" href="/api/health">
                System status
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
