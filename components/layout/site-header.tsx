// The site header: the product name linking home, and a small navigation slot. It does not use
// USWDS's `usa-nav`, which is hidden on narrow screens until USWDS's JavaScript opens it; this nav
// simply wraps, so it works at 320px wide and without JavaScript.
import Link from "next/link";
import type { ReactNode } from "react";

export type NavItem = { href: string; label: string; isCurrent?: boolean };

export type SiteHeaderProps = {
  nav?: readonly NavItem[];
  /** Extra content at the end of the nav, e.g. a sign-out form. */
  children?: ReactNode;
};

export function SiteHeader({ nav = [], children }: SiteHeaderProps) {
  const hasNav = nav.length > 0 || Boolean(children);
  return (
    <header className="usa-header usa-header--basic notify-header">
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link href="/">Notify</Link>
            </em>
          </div>
        </div>
        {hasNav ? (
          <nav aria-label="Main" className="notify-header__nav">
            {nav.length > 0 ? (
              <ul className="notify-header__nav-list">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link className="notify-header__nav-link" href={item.href} aria-current={item.isCurrent ? "page" : undefined}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
            {children}
          </nav>
        ) : null}
      </div>
    </header>
  );
}
