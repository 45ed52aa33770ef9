import type { Metadata } from "next";
import { Pagination } from "@/components/uswds/pagination";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { getServiceAuditTrail } from "@/lib/services/reports/audit";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Audit trail" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { serviceId } = await params;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { user } = await requireServicePage(serviceId, "manage_service");
  const trail = await orNotFound(getServiceAuditTrail({ actor: user, serviceId, page }), HIDDEN);
  const base = `/services/${serviceId}/audit`;
  return (
    <div>
      <h1 className="margin-top-0">Audit trail</h1>
      <p>Who changed what in this service, and when (Eastern Time). Message content and recipients are never recorded here.</p>
      <Table
        caption={`${trail.total.toLocaleString("en-US")} events, newest first`}
        rows={trail.events}
        rowKey={(e) => e.id}
        emptyText="Nothing has been recorded yet."
        columns={[
          { header: "When", cell: (e) => <time dateTime={e.when.toISOString()}>{formatDisplayTime(e.when)}</time> },
          { header: "Who", cell: (e) => e.who },
          { header: "What", isRowHeader: true, cell: (e) => e.what },
        ]}
      />
      <Pagination currentPage={page} totalPages={trail.pages} hrefForPage={(n) => `${base}?page=${n}`} />
    </div>
  );
}
