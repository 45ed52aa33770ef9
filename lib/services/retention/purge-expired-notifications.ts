// Nightly retention purge (Notify's delete-notifications-older-than-retention and
// remove-sms-email-jobs): per service and channel, notifications older than the retention
// (ServiceDataRetention, else the service's default of 7 days) move to notification_history
// without recipient or personalisation; spreadsheet files (and their prepared rows) past retention
// are deleted from storage and their jobs archived, and uploads that were never sent go too; SNS
// replay-guard rows older than a day are forgotten.
import { deleteSnsSeenMessagesBefore } from "../../db/receipts";
import { archiveJobs, deleteUploads, listExpiredJobFiles, listExpiredUploads, moveExpiredNotificationsToHistory } from "../../db/retention";
import { logger } from "../../logger";
import type { FileStorage } from "../../providers/storage";
import { purgeExpiredContactLists } from "../bulk/contact-lists";
import { deletePreparedRows } from "../bulk/prepared-rows";
import { getProviders } from "../delivery/providers";
import { purgeExpiredReports } from "../reports/notification-reports";

const CHUNK = 5_000;
const FILE_CHUNK = 100;

export type PurgeResult = { notificationsMoved: number; jobFilesDeleted: number; uploadsDeleted: number; snsMessagesForgotten: number; contactListsDeleted: number; reportsDeleted: number };

export async function purgeExpiredNotifications(options: { now?: Date; chunkSize?: number; storage?: FileStorage } = {}): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const chunk = options.chunkSize ?? CHUNK;
  let notificationsMoved = 0;
  for (;;) {
    const moved = await moveExpiredNotificationsToHistory(now, chunk);
    notificationsMoved += moved;
    if (moved < chunk) break;
  }

  const storage = options.storage ?? getProviders().storage;
  let jobFilesDeleted = 0;
  for (;;) {
    const files = await listExpiredJobFiles(now, FILE_CHUNK);
    for (const file of files) {
      await storage.delete(file.storageKey);
      await deletePreparedRows(storage, file.storageKey);
    }
    await archiveJobs(files.map((f) => f.id));
    jobFilesDeleted += files.length;
    if (files.length < FILE_CHUNK) break;
  }

  let uploadsDeleted = 0;
  for (;;) {
    const uploads = await listExpiredUploads(now, FILE_CHUNK);
    for (const upload of uploads) {
      await storage.delete(upload.storageKey);
      await deletePreparedRows(storage, upload.storageKey);
    }
    await deleteUploads(uploads.map((u) => u.id));
    uploadsDeleted += uploads.length;
    if (uploads.length < FILE_CHUNK) break;
  }

  const reportsDeleted = await purgeExpiredReports(now, storage);

  const contactListsDeleted = await purgeExpiredContactLists(now, storage);

  const snsMessagesForgotten = await deleteSnsSeenMessagesBefore(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const result = { notificationsMoved, jobFilesDeleted, uploadsDeleted, snsMessagesForgotten, contactListsDeleted, reportsDeleted };
  logger.info(result, "retention purge finished");
  return result;
}
