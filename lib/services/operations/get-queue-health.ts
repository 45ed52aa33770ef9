// The platform admin's "Queue health" page: each lane's backlog, oldest waiting message and last
// minute's throughput, as /api/health reports them.
import type { SessionUser } from "../auth/sessions";
import { requirePlatformAdmin } from "../platform-admin/require-platform-admin";
import { WORKER_STALE_AFTER_MS } from "./get-health";
import { readQueueHealth, type QueueHealth } from "./queue-health";

/** Throws AppError NOT_FOUND for anyone but a platform admin. */
export async function getQueueHealth({ actor, now = new Date() }: { actor: SessionUser; now?: Date }): Promise<QueueHealth> {
  requirePlatformAdmin(actor);
  return readQueueHealth(new Date(now.getTime() - WORKER_STALE_AFTER_MS));
}
