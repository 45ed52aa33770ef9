// Queueing from SQL: the expression that queues a task inside the statement that makes its work
// (a notification, a report, a callback), so the row and its job commit together or not at all.
// Typed by the same task payload schemas as enqueue(): the payload's fields are named by the
// schema and each given as a SQL expression, so a misspelt field or task fails the typecheck.
// The expressions are written by us, never taken from input; values go in as query parameters.
import { queuedJobLane, type Lane } from "./lanes";
import type { TaskName, TaskPayload } from "./payloads";

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
type FieldsSql<T> = { [K in RequiredKeys<T>]: string } & { [K in Exclude<keyof T, RequiredKeys<T>>]?: string };

/** Tasks whose payload is an array of items (graphile merges the arrays of jobs queued under one key). */
export type BatchedTaskName = { [N in TaskName]: TaskPayload<N> extends readonly unknown[] ? N : never }[TaskName];

/** A payload as SQL: its fields as expressions, or (for the batched tasks whose payload is an array) one JSON expression. */
export type PayloadSql<N extends TaskName> = TaskPayload<N> extends readonly unknown[] ? { json: string } : FieldsSql<TaskPayload<N>>;

export type JobSpecSql = {
  /** timestamptz expression. */
  runAt?: string;
  /** text expression; a second job with the same key replaces the first (see jobKeyMode). */
  jobKey?: string;
  jobKeyMode?: "replace" | "preserve_run_at" | "unsafe_dedupe";
  maxAttempts?: number;
  /** The job's lane (lib/jobs/lanes.ts); its task's lane when left out. */
  lane?: Lane;
  /** A graphile priority other than the lane's own (lib/db/bulk-lane.ts's unranked bulk turns). */
  priority?: number;
  /** More flags beside the lane's, as text expressions (a bulk batch's turn, lanes.ts turnFlags). */
  flagsSql?: string[];
};

/** The lane flag and priority of a job of `task`, as SQL literals. */
function laneSql(task: TaskName, spec: Pick<JobSpecSql, "lane" | "priority" | "flagsSql">): { flags: string; priority: string } {
  const { flag, priority } = queuedJobLane(task, spec);
  if (!Number.isInteger(priority)) throw new Error(`priority must be a whole number, not ${priority}`);
  return { flags: `ARRAY[${[`'${flag}'`, ...(spec.flagsSql ?? [])].join(", ")}]::text[]`, priority: String(priority) };
}

const TASK_NAME = /^[a-z][a-z-]*$/;

function taskLiteral(task: string): string {
  if (!TASK_NAME.test(task)) throw new Error(`Not a task name: ${task}`);
  return `'${task}'`;
}

function payloadExpression(payload: Record<string, string | undefined>): string {
  if ("json" in payload && typeof payload.json === "string") return `(${payload.json})::json`;
  const fields = Object.entries(payload).filter((entry): entry is [string, string] => entry[1] !== undefined);
  for (const [name] of fields) if (!/^[A-Za-z]+$/.test(name)) throw new Error(`Not a payload field: ${name}`);
  return `json_build_object(${fields.map(([name, sql]) => `'${name}', ${sql}`).join(", ")})`;
}

function attempts(maxAttempts: number): string {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a whole number of at least 1, not ${maxAttempts}`);
  return String(maxAttempts);
}

/** `graphile_worker.add_job(…)` for one job. */
export function addJobSql<N extends TaskName>(task: N, payload: PayloadSql<N>, spec: JobSpecSql = {}): string {
  const args = [taskLiteral(task), payloadExpression(payload as Record<string, string | undefined>)];
  if (spec.runAt) args.push(`run_at := ${spec.runAt}`);
  if (spec.maxAttempts !== undefined) args.push(`max_attempts := ${attempts(spec.maxAttempts)}`);
  if (spec.jobKey) args.push(`job_key := ${spec.jobKey}`);
  if (spec.jobKeyMode) args.push(`job_key_mode := '${spec.jobKeyMode}'`);
  const lane = laneSql(task, spec);
  args.push(`priority := ${lane.priority}`, `flags := ${lane.flags}`);
  return `graphile_worker.add_job(${args.join(", ")})`;
}

/** One `graphile_worker.job_spec` row, for queueing many jobs at once with `graphile_worker.add_jobs(ARRAY(SELECT …))`. */
export function jobSpecSql<N extends TaskName>(task: N, payload: PayloadSql<N>, spec: Omit<JobSpecSql, "jobKeyMode"> = {}): string {
  const column = (sql: string | undefined, type: string) => (sql ? `(${sql})::${type}` : "NULL");
  const lane = laneSql(task, spec);
  return `ROW(${[
    taskLiteral(task),
    payloadExpression(payload as Record<string, string | undefined>),
    "NULL",
    column(spec.runAt, "timestamptz"),
    spec.maxAttempts === undefined ? "NULL" : attempts(spec.maxAttempts),
    column(spec.jobKey, "text"),
    lane.priority,
    lane.flags,
  ].join(", ")})::graphile_worker.job_spec`;
}
