import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/uswds/table";
import { listServicesForPlatformAdmin, VOLUME_DAYS } from "@/lib/services/platform-admin/services";
import { requirePlatformAdminPage } from "./_components/require-platform-admin-page";

export const metadata: Metadata = { title: "Platform admin" };

const count = (n: number) => n.toLocaleString("en-US");

export default async function PlatformAdminPage() {
  const actor = await requirePlatformAdminPage();
  const services = await listServicesForPlatformAdmin({ actor });
  const requested = services.filter((s) => s.goLiveRequestedAt);
  return (
    <div>
      <h1>Platform admin</h1>
      <p>
        {count(services.length)} services: {count(services.filter((s) => !s.restricted).length)} live, {count(services.filter((s) => s.restricted).length)} in trial mode,{" "}
        {count(requested.length)} waiting to go live.
      </p>
      <p>
        <Link className="usa-link" href="/platform-admin/providers">
          Provider readiness
        </Link>
        : SES and SMS sandbox state, sending identities, numbers, spend limits and test messages.
      </p>
      <Table
        caption={`All services, with messages sent in the last ${VOLUME_DAYS} days`}
        rowKey={(s) => s.id}
        rows={services}
        emptyText="There are no services yet."
        columns={[
          {
            header: "Service",
            isRowHeader: true,
            cell: (s) => (
              <Link className="usa-link" href={`/platform-admin/services/${s.id}`}>
                {s.name}
              </Link>
            ),
          },
          { header: "Status", cell: (s) => `${s.restricted ? "Trial" : "Live"}${s.active ? "" : ", suspended"}` },
          { header: "Go-live request", cell: (s) => (s.goLiveRequestedAt ? `Requested ${s.goLiveRequestedAt.toISOString().slice(0, 10)}` : "None") },
          { header: "Text messages", cell: (s) => count(s.volumes.sms) },
          { header: "Emails", cell: (s) => count(s.volumes.email) },
        ]}
      />
    </div>
  );
}
