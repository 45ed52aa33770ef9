// Frame for the platform-admin pages: a heading strip and their navigation. Each page checks the
// user is a platform admin itself (layouts don't run on every navigation).
import Link from "next/link";
import type { ReactNode } from "react";

export default function PlatformAdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid-container margin-y-4">
      <nav aria-label="Platform admin" className="border-bottom-1px border-base-lighter padding-bottom-1 margin-bottom-3">
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin">
              All services
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/users">
              Find a user
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/usage">
              Usage
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/audit">
              Audit trail
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/reputation">
              Sending reputation
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/queue-health">
              Queue health
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/providers">
              Providers
            </Link>
          </li>
          <li className="margin-right-3">
            <Link className="usa-link" href="/platform-admin/email-branding">
              Email branding
            </Link>
          </li>
          <li>
            <Link className="usa-link" href="/services">
              Your services
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
