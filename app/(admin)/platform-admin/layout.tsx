// Frame for the platform-admin pages: a heading strip and their navigation. Each page checks the
// user is a platform admin itself (layouts don't run on every navigation).
import Link from "next/link";
import type { ReactNode } from "react";

const PLATFORM_ADMIN_LINKS = [
  { href: "/platform-admin", label: "All services" },
  { href: "/platform-admin/users", label: "Find a user" },
  { href: "/platform-admin/usage", label: "Usage" },
  { href: "/platform-admin/audit", label: "Audit trail" },
  { href: "/platform-admin/reputation", label: "Sending reputation" },
  { href: "/platform-admin/queue-health", label: "Queue health" },
  { href: "/platform-admin/providers", label: "Providers" },
  { href: "/platform-admin/email-branding", label: "Email branding" },
  { href: "/services", label: "Your services" },
] as const;

export default function PlatformAdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid-container margin-y-4">
      <nav aria-label="Platform admin" className="border-bottom-1px border-base-lighter padding-bottom-1 margin-bottom-3">
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
          {PLATFORM_ADMIN_LINKS.map((link, i) => (
            <li key={link.href} className={i < PLATFORM_ADMIN_LINKS.length - 1 ? "margin-right-3" : undefined}>
              <Link className="usa-link" href={link.href}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
