// Where a download of a report with recipients goes when the service allows counts only: says why,
// and where the counts are.
import type { Metadata } from "next";
import Link from "next/link";
import { requireServicePage } from "@/lib/auth/session";
import { COUNTS_ONLY_MESSAGE } from "@/lib/services/reports/report-downloads";

export const metadata: Metadata = { title: "You can download counts only" };

export default async function CountsOnlyPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  await requireServicePage(serviceId);
  return (
    <div>
      <h1 className="margin-top-0">You can download counts only</h1>
      <p>{COUNTS_ONLY_MESSAGE}</p>
      <p>You can still download counts of your messages by day, template, job and status:</p>
      <ul className="usa-list">
        <li>
          <Link className="usa-link" href={`/services/${serviceId}/notifications#reports`}>
            Message reports
          </Link>
        </li>
        <li>
          <Link className="usa-link" href={`/services/${serviceId}/jobs`}>
            Spreadsheet jobs
          </Link>
        </li>
      </ul>
    </div>
  );
}
