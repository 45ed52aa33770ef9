// defineTask({ name, schema, run }) → a graphile-worker Task that validates its payload first.
// A payload that fails validation can never succeed, so it is logged and dropped, not retried.
import type { JobHelpers, Task } from "graphile-worker";
import type { z } from "zod";
import { taskPayloadSchemas, type TaskName, type TaskPayload } from "../lib/jobs/payloads";
import { laneOfJob, type Lane } from "../lib/jobs/lanes";
import { logger } from "../lib/logger";

/** `lane`: the lane the job was queued in (lib/jobs/lanes.ts); work it queues in turn stays there. */
export type TaskContext = { attempt: number; isFinalAttempt: boolean; jobId: string; lane: Lane };

export type TaskDefinition<N extends TaskName> = {
  name: N;
  run: (payload: TaskPayload<N>, context: TaskContext) => Promise<void>;
};

export function defineTask<N extends TaskName>(definition: TaskDefinition<N>): { name: N; task: Task } {
  const schema = taskPayloadSchemas[definition.name] as unknown as z.ZodType<TaskPayload<N>>;
  const task: Task = async (payload: unknown, helpers: JobHelpers) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      logger.error({ task: definition.name, jobId: helpers.job.id, issues: parsed.error.issues.map((i) => i.path.join(".")) }, "invalid job payload dropped");
      return;
    }
    await definition.run(parsed.data, {
      attempt: helpers.job.attempts,
      isFinalAttempt: helpers.job.attempts >= helpers.job.max_attempts,
      jobId: String(helpers.job.id),
      lane: laneOfJob(helpers.job.flags, definition.name),
    });
  };
  return { name: definition.name, task };
}
