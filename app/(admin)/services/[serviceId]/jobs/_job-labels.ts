import type { JobSummary } from "@/lib/services/bulk/job-types";

export const JOB_STATUS_LABELS: Record<JobSummary["jobStatus"], string> = {
  pending: "Waiting to start",
  scheduled: "Scheduled",
  in_progress: "Sending",
  finished: "Sent",
  sending_limits_exceeded: "Not sent: over the daily limit",
  cancelled: "Cancelled",
  ready_to_send: "Ready to send",
  error: "Not sent: there was a problem",
};

/** Sending, delivered and failed totals from a job's per-status counts. */
export function jobTotals(job: JobSummary): { sending: number; delivered: number; failed: number; cancelled: number } {
  const c = job.counts;
  return {
    sending: (c.created ?? 0) + (c.sending ?? 0) + (c.pending ?? 0),
    delivered: (c.delivered ?? 0) + (c.sent ?? 0),
    failed: (c["temporary-failure"] ?? 0) + (c["permanent-failure"] ?? 0) + (c["technical-failure"] ?? 0) + (c.failed ?? 0) + (c["validation-failed"] ?? 0),
    cancelled: c.cancelled ?? 0,
  };
}
