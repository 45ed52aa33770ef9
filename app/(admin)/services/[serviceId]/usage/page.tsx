import type { Metadata } from "next";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceUsage } from "@/lib/services/reports/usage";
import { count, dollars, monthColumns, UsagePeriod } from "./_usage-format";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Usage" };

export default async function Page({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const usage = await orNotFound(getServiceUsage({ actor: user, serviceId }), HIDDEN);
  return (
    <div>
      <h1 className="margin-top-0">Usage</h1>
      <UsagePeriod first={usage.first} lastDay={usage.lastDay} pricePerPart={usage.pricePerPart} />
      <p>
        <a className="usa-link" href={`/services/${serviceId}/usage/counts.csv`} download>
          Download this year’s usage by day, template, job and status (CSV, counts only)
        </a>
      </p>
      <dl className="grid-row grid-gap margin-y-3" data-testid="usage-totals">
        <div className="tablet:grid-col-4">
          <dt className="text-bold">Emails</dt>
          <dd className="margin-0 font-sans-lg">{count(usage.totals.emails)} sent</dd>
        </div>
        <div className="tablet:grid-col-4">
          <dt className="text-bold">Text messages</dt>
          <dd className="margin-0 font-sans-lg">
            {count(usage.totals.texts)} sent, {count(usage.totals.smsParts)} {usage.totals.smsParts === 1 ? "part" : "parts"}
          </dd>
        </div>
        <div className="tablet:grid-col-4">
          <dt className="text-bold">Free text message parts</dt>
          <dd className="margin-0 font-sans-lg">
            {count(usage.freeRemaining)} of {count(usage.freeAllowance)} left
          </dd>
        </div>
      </dl>
      <p data-testid="usage-cost">
        Estimated cost: <strong>{dollars(usage.cost)}</strong> for {count(usage.chargeableParts)} text message {usage.chargeableParts === 1 ? "part" : "parts"} beyond the free allowance. Emails are free.
      </p>
      <Table
        caption="Usage by month"
        rowKey={(m) => m.month}
        rows={usage.months}
        columns={[
          ...monthColumns<(typeof usage.months)[number]>(),
          { header: "Free parts used", cell: (m) => count(m.freePartsUsed) },
          { header: "Parts charged", cell: (m) => count(m.chargeableParts) },
          { header: "Estimated cost", cell: (m) => dollars(m.cost) },
        ]}
      />
    </div>
  );
}
