import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/uswds/table";
import { DISPLAY_TIME_ZONE } from "@/lib/domain/notifications/schedule";
import { LANES, type Lane } from "@/lib/jobs/lanes";
import { getQueueHealth } from "@/lib/services/operations/get-queue-health";
import type { LaneQueueHealth } from "@/lib/services/operations/queue-health";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";

export const metadata: Metadata = { title: "Queue health" };

const LANE_NAMES: Record<Lane, string> = { priority: "Priority", normal: "Normal", bulk: "Bulk" };

const LANE_DESCRIPTIONS: Record<Lane, string> = {
  priority: "sign-in codes, alerts and Notify’s own messages. They are sent first.",
  normal: "other messages sent one at a time, from the API or the website, and the work that follows a message, like its delivery receipt.",
  bulk: "spreadsheets, bulk API jobs and general information, sent when the other lanes leave room.",
};

const count = (n: number) => n.toLocaleString("en-US");

/** "45 seconds", "3 minutes 20 seconds", "2 hours 5 minutes". */
function waitedFor(seconds: number | null): string {
  if (seconds === null) return "None waiting";
  const unit = (n: number, name: string) => `${count(n)} ${name}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return unit(seconds, "second");
  if (seconds < 3_600) return [unit(Math.floor(seconds / 60), "minute"), ...(seconds % 60 ? [unit(seconds % 60, "second")] : [])].join(" ");
  const minutes = Math.floor((seconds % 3_600) / 60);
  return [unit(Math.floor(seconds / 3_600), "hour"), ...(minutes ? [unit(minutes, "minute")] : [])].join(" ");
}

type Row = LaneQueueHealth & { lane: Lane };

export default async function Page() {
  const actor = await requirePlatformAdminPage();
  const now = new Date();
  const queues = await getQueueHealth({ actor, now });
  const asOf = now.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit", second: "2-digit", timeZone: DISPLAY_TIME_ZONE, timeZoneName: "short" });
  return (
    <div>
      <h1>Queue health</h1>
      <p className="usa-intro">How many messages are waiting to be sent in each lane, how long the oldest has waited, and how many the workers sent in the last minute.</p>
      <p>Every message and job waits in one of three lanes:</p>
      <ul className="usa-list">
        {LANES.map((lane) => (
          <li key={lane}>
            <strong>{LANE_NAMES[lane]}:</strong> {LANE_DESCRIPTIONS[lane]}
          </li>
        ))}
      </ul>
      <Table<Row>
        caption={`Queues by lane at ${asOf}`}
        rowKey={(row) => row.lane}
        rows={LANES.map((lane) => ({ lane, ...queues[lane] }))}
        testId="queue-health"
        columns={[
          { header: "Lane", isRowHeader: true, cell: (row) => LANE_NAMES[row.lane] },
          { header: "Messages waiting", cell: (row) => count(row.backlog) },
          { header: "Oldest waiting message", cell: (row) => waitedFor(row.oldestWaitingSeconds) },
          { header: "Sent in the last minute", cell: (row) => count(row.handedOverLastMinute) },
          { header: "Other jobs waiting", cell: (row) => count(row.otherJobs) },
        ]}
      />
      <p className="usa-hint">
        Messages waiting are those due to be sent now; scheduled messages and messages waiting to be tried again are not counted until they are due. Sent means handed to the email or text message provider.
        Other jobs include spreadsheet checks, delivery receipts and reports.
      </p>
      <p>
        <Link className="usa-button usa-button--outline" href="/platform-admin/queue-health">
          Refresh
        </Link>
      </p>
    </div>
  );
}
