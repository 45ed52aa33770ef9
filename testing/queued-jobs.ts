// What graphile-worker holds for a notification, for tests: its own send-sms/send-email job (key
// "send:<id>"), or a send-batch job that lists it.
import { getDb } from "../lib/db/client";

export async function queuedDeliveriesOf(notificationId: string): Promise<{ task: string; runAt: Date }[]> {
  return getDb().$queryRaw<{ task: string; runAt: Date }[]>`SELECT t.identifier AS task, j.run_at AS "runAt"
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE j.key = ${`send:${notificationId}`} OR (t.identifier = 'send-batch' AND (j.payload::jsonb -> 'notificationIds') ? ${notificationId})`;
}
