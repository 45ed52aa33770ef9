import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/uswds/table";
import { getPlatformUsage } from "@/lib/services/reports/usage";
import { count, dollars, monthColumns, UsagePeriod } from "../../services/[serviceId]/usage/_usage-format";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";

export const metadata: Metadata = { title: "Usage across services" };

export default async function Page() {
  const actor = await requirePlatformAdminPage();
  const usage = await getPlatformUsage({ actor });
  return (
    <div>
      <h1>Usage across services</h1>
      <UsagePeriod first={usage.first} lastDay={usage.lastDay} pricePerPart={usage.pricePerPart} />
      <p data-testid="platform-usage-totals">
        All services: {count(usage.totals.emails)} emails, {count(usage.totals.texts)} text messages in {count(usage.totals.smsParts)} parts, {count(usage.totals.chargeableParts)} parts beyond free allowances,
        estimated cost <strong>{dollars(usage.totals.cost)}</strong>.
      </p>
      <Table
        caption="Usage by service this financial year"
        rowKey={(s) => s.id}
        rows={usage.services}
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
          { header: "Emails", cell: (s) => count(s.emails) },
          { header: "Text messages", cell: (s) => count(s.texts) },
          { header: "Text message parts", cell: (s) => count(s.smsParts) },
          { header: "Free allowance", cell: (s) => count(s.freeAllowance) },
          { header: "Parts charged", cell: (s) => count(s.chargeableParts) },
          { header: "Estimated cost", cell: (s) => dollars(s.cost) },
        ]}
      />
      <Table
        caption="All services by month"
        rowKey={(m) => m.month}
        rows={usage.months}
        columns={monthColumns()}
      />
    </div>
  );
}
