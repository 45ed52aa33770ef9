// Jobs queued from SQL with addJobSql / jobSpecSql land in graphile-worker's queue with the task,
// the run time, key and attempts asked for, and a payload the task's own schema accepts.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BULK_PRIORITY, PRIORITY_LANE_PRIORITY } from "./lanes";
import { taskPayloadSchemas } from "./payloads";
import { addJobSql, jobSpecSql } from "./queue-sql";

const client = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => client.connect());
afterAll(() => client.end());

type QueuedJob = { task_identifier: string; payload: unknown; run_at: Date; max_attempts: number; key: string | null; priority: number; flags: Record<string, boolean> | null };
const findJobs = async (keyPrefix: string) =>
  (await client.query<QueuedJob>(`SELECT t.identifier AS task_identifier, j.payload, j.run_at, j.max_attempts, j.key, j.priority, j.flags
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key LIKE $1 ORDER BY j.key`, [`${keyPrefix}%`])).rows;

describe("queueing from SQL", () => {
  it("add_job: payload fields from expressions, run time, key and attempts from the spec", async () => {
    const reportId = randomUUID();
    const runAt = new Date(Date.now() + 3_600_000);
    await client.query(`SELECT ${addJobSql("generate-notification-report", { reportId: "$1::text" }, { runAt: "$2::timestamptz", jobKey: "'sqltest:' || $1::text", maxAttempts: 3 })}`, [reportId, runAt]);
    const [job] = await findJobs(`sqltest:${reportId}`);
    // Its task's lane (bulk), as a flag and a priority.
    expect(job).toMatchObject({ task_identifier: "generate-notification-report", payload: { reportId }, max_attempts: 3, priority: BULK_PRIORITY, flags: { "lane:bulk": true } });
    expect(job?.run_at.getTime()).toBe(runAt.getTime());
    expect(taskPayloadSchemas["generate-notification-report"].safeParse(job?.payload).success).toBe(true);
  });

  it("a batched task takes one JSON expression, and a second job under the same key is merged, not duplicated", async () => {
    const key = `sqltest-batch-${randomUUID()}`;
    const item = (reference: string) => ({ kind: "status", provider: "sns", providerReference: reference, status: "delivered", eventAt: new Date().toISOString() });
    const sql = `SELECT ${addJobSql("apply-provider-receipts", { json: "$1" }, { jobKey: "$2::text", jobKeyMode: "preserve_run_at", runAt: "now() + interval '1 hour'" })}`;
    await client.query(sql, [JSON.stringify([item("a")]), key]);
    await client.query(sql, [JSON.stringify([item("b")]), key]);
    const jobs = await findJobs(key);
    expect(jobs).toHaveLength(1);
    expect(taskPayloadSchemas["apply-provider-receipts"].parse(jobs[0]?.payload).map((r) => r.providerReference)).toEqual(["a", "b"]);
  });

  it("add_jobs: many job_spec rows at once", async () => {
    const ids = [randomUUID(), randomUUID()];
    await client.query(
      `SELECT graphile_worker.add_jobs(ARRAY(SELECT ${jobSpecSql("send-sms", { notificationId: "id::text" }, { jobKey: "'sqltest-many:' || id::text", maxAttempts: 5 })} FROM unnest($1::uuid[]) AS id))`,
      [ids],
    );
    const jobs = await findJobs("sqltest-many:");
    expect(jobs.map((j) => (j.payload as { notificationId: string }).notificationId).sort()).toEqual([...ids].sort());
    expect(jobs.every((j) => j.task_identifier === "send-sms" && j.max_attempts === 5)).toBe(true);
    expect(jobs.every((j) => j.flags?.["lane:normal"] && j.priority === 0)).toBe(true);
  });

  it("a job in a lane of its own choosing: its flag and that lane's priority", async () => {
    const id = randomUUID();
    await client.query(`SELECT ${addJobSql("send-sms", { notificationId: "$1::text" }, { jobKey: "'sqltest-lane:' || $1::text", lane: "priority" })}`, [id]);
    const [job] = await findJobs(`sqltest-lane:${id}`);
    expect(job).toMatchObject({ priority: PRIORITY_LANE_PRIORITY, flags: { "lane:priority": true } });
  });

  it("refuses what isn't a task name or payload field before it reaches SQL", () => {
    expect(() => addJobSql("send-sms'; DROP TABLE notifications; --" as unknown as "send-sms", { notificationId: "1" })).toThrow("Not a task name");
    expect(() => addJobSql("send-sms", { "notificationId', 1); --": "1" } as never)).toThrow("Not a payload field");
    expect(() => addJobSql("send-sms", { notificationId: "1" }, { maxAttempts: 0 })).toThrow("maxAttempts");
  });
});
