import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { getJobs } from "@/lib/services/bulk/uploads";
import { JOB_STATUS_LABELS, jobTotals } from "./_job-labels";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Uploaded spreadsheets" };

export default async function Page({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "view_activity");
  const jobs = await orNotFound(getJobs({ actor: user, serviceId }), HIDDEN);
  return (
    <div>
      <h1 className="margin-top-0">Uploaded spreadsheets</h1>
      {jobs.length === 0 ? (
        <p>You have not sent any spreadsheets yet. Choose a template and select “Upload a list of recipients”.</p>
      ) : (
        <Table
          caption="Spreadsheets sent from this service, newest first"
          rows={jobs.map((job) => ({ job, totals: jobTotals(job) }))}
          rowKey={({ job }) => job.id}
          columns={[
            {
              header: "File",
              isRowHeader: true,
              cell: ({ job }) => (
                <>
                  <Link className="usa-link" href={`/services/${serviceId}/jobs/${job.id}`}>
                    {job.originalFileName}
                  </Link>
                  <div className="usa-hint">{formatDisplayTime(job.scheduledFor ?? job.createdAt)}</div>
                </>
              ),
            },
            { header: "Template", cell: ({ job }) => job.templateName },
            { header: "Status", cell: ({ job }) => JOB_STATUS_LABELS[job.jobStatus] },
            { header: "Sending", cell: ({ totals }) => totals.sending },
            { header: "Delivered", cell: ({ totals }) => totals.delivered },
            { header: "Failed", cell: ({ totals }) => totals.failed },
          ]}
        />
      )}
    </div>
  );
}
