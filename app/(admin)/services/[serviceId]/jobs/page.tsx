import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { getJobs } from "@/lib/services/bulk/uploads";
import { JOB_STATUS_LABELS, jobTotals } from "./_job-labels";

export const metadata: Metadata = { title: "Uploaded spreadsheets" };

export default async function Page({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "view_activity");
  const jobs = await getJobs({ actor: user, serviceId }).catch(() => notFound());
  return (
    <div>
      <h1 className="margin-top-0">Uploaded spreadsheets</h1>
      {jobs.length === 0 ? (
        <p>You have not sent any spreadsheets yet. Choose a template and select “Upload a list of recipients”.</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption>Spreadsheets sent from this service, newest first</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Template</th>
              <th scope="col">Status</th>
              <th scope="col">Sending</th>
              <th scope="col">Delivered</th>
              <th scope="col">Failed</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const totals = jobTotals(job);
              return (
                <tr key={job.id}>
                  <th scope="row">
                    <Link className="usa-link" href={`/services/${serviceId}/jobs/${job.id}`}>
                      {job.originalFileName}
                    </Link>
                    <div className="usa-hint">{formatDisplayTime(job.scheduledFor ?? job.createdAt)}</div>
                  </th>
                  <td>{job.templateName}</td>
                  <td>{JOB_STATUS_LABELS[job.jobStatus]}</td>
                  <td>{totals.sending}</td>
                  <td>{totals.delivered}</td>
                  <td>{totals.failed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
