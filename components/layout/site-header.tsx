import Link from "next/link";

export type NavItem = { href: string; label: string };

/** The basic USWDS header: product name linking home, plus an optional nav. */
export function SiteHeader({ nav = [] }: { nav?: NavItem[] }) {
  return (
    <header className="usa-header usa-header--basic">
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link href="/" title="Notify home">
                Notify
              </Link>
            </em>
          </div>
        </div>
        {nav.length ? (
          <nav aria-label="Primary navigation" className="usa-nav notify-nav">
            <ul className="usa-nav__primary usa-accordion">
              {nav.map((item) => (
                <li className="usa-nav__primary-item" key={item.href}>
                  <Link className="usa-nav-link" href={item.href}>
                    <span>{item.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
