// Frame for every page of one service: its name, trial/live, and the side navigation for what the
// member may use. Each page still checks access itself (layouts don't run on every navigation).
import Link from "next/link";
import type { ReactNode } from "react";
import { ServiceNav, type ServiceNavItem } from "@/components/layout/service-nav";
import { requireServicePage } from "@/lib/auth/session";
import { hasUiPermission } from "@/lib/domain/permissions";

export default async function ServiceLayout({ children, params }: { children: ReactNode; params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { service, permissions } = await requireServicePage(serviceId);
  const base = `/services/${serviceId}`;
  const items: ServiceNavItem[] = [
    { href: base, label: "Dashboard" },
    { href: `${base}/templates`, label: "Send messages" },
    ...(hasUiPermission(permissions, "view_activity")
      ? [
          { href: `${base}/notifications`, label: "Messages" },
          { href: `${base}/jobs`, label: "Uploaded spreadsheets" },
        ]
      : []),
    ...(hasUiPermission(permissions, "send_messages") ? [{ href: `${base}/contact-lists`, label: "Contact lists" }] : []),
    { href: `${base}/team`, label: "Team members" },
    ...(hasUiPermission(permissions, "manage_api_keys") ? [{ href: `${base}/api/keys`, label: "API integration" }] : []),
    ...(hasUiPermission(permissions, "manage_service")
      ? [
          { href: `${base}/service-settings`, label: "Settings" },
          { href: `${base}/usage`, label: "Usage" },
          { href: `${base}/audit`, label: "Audit trail" },
        ]
      : []),
  ];
  return (
    <div className="grid-container margin-y-4">
      <div className="display-flex flex-align-baseline flex-justify border-bottom-1px border-base-lighter padding-bottom-1 margin-bottom-3">
        <p className="margin-0 text-bold font-sans-md" data-testid="service-name">
          {service.name}
          {service.restricted ? <span className="usa-tag margin-left-1">Trial</span> : null}
        </p>
        <Link className="usa-link" href="/services">
          Switch service
        </Link>
      </div>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-3 margin-bottom-3">
          <ServiceNav items={items} />
        </div>
        <div className="tablet:grid-col-9">{children}</div>
      </div>
    </div>
  );
}
