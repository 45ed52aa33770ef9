// Nightly retention purge (Notify's delete-notifications-older-than-retention and
// remove-sms-email-jobs): per service and channel, notifications older than the retention
// (ServiceDataRetention, else the service's default of 7 days) move to notification_history
// without recipient or personalisation; spreadsheet files (and their prepared rows) past retention
// are deleted from storage and their jobs archived, and uploads that were never sent go too; SNS
// replay-guard rows older than a day are forgotten; unsubscribe requests older than 90 days are
// deleted (with reports left empty); files sent by email past their retention period are deleted
// (lib/services/documents/purge-expired-documents.ts).
import { deleteSnsSeenMessagesBefore } from "../../db/receipts";
import { archiveJobs, deleteUploads, listExpiredJobFiles, listExpiredUploads, moveExpiredNotificationsToHistory, type ExpiredFile } from "../../db/retention";
import { deleteUnsubscribeRequestsBefore } from "../../db/unsubscribe-requests";
import { logger } from "../../logger";
import type { FileStorage } from "../../providers/storage";
import { purgeExpiredContactLists } from "../bulk/contact-lists";
import { deletePreparedRows } from "../bulk/prepared-rows";
import { getProviders } from "../delivery/providers";
import { purgeExpiredDocuments } from "../documents/purge-expired-documents";
import { purgeExpiredReports } from "../reports/notification-reports";
import { UNSUBSCRIBE_REQUEST_RETENTION_DAYS } from "../unsubscribe/unsubscribe-reports";

const CHUNK = 5_000;
const FILE_CHUNK = 100;

export type PurgeResult = {
  notificationsMoved: number;
  jobFilesDeleted: number;
  uploadsDeleted: number;
  snsMessagesForgotten: number;
  contactListsDeleted: number;
  reportsDeleted: number;
  documentsDeleted: number;
  unsubscribeRequestsDeleted: number;
};

/** Deletes the spreadsheet files (and their prepared rows) that `find` lists, a chunk at a time, then `forget`s their rows. Returns how many. */
async function purgeSpreadsheets(storage: FileStorage, find: (limit: number) => Promise<ExpiredFile[]>, forget: (ids: string[]) => Promise<void>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const files = await find(FILE_CHUNK);
    for (const file of files) {
      await storage.delete(file.storageKey);
      await deletePreparedRows(storage, file.storageKey);
    }
    await forget(files.map((f) => f.id));
    deleted += files.length;
    if (files.length < FILE_CHUNK) return deleted;
  }
}

export async function purgeExpiredNotifications(options: { now?: Date; chunkSize?: number; storage?: FileStorage; documents?: FileStorage } = {}): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const chunk = options.chunkSize ?? CHUNK;
  let notificationsMoved = 0;
  for (;;) {
    const moved = await moveExpiredNotificationsToHistory(now, chunk);
    notificationsMoved += moved;
    if (moved < chunk) break;
  }

  const storage = options.storage ?? getProviders().storage;
  const jobFilesDeleted = await purgeSpreadsheets(storage, (limit) => listExpiredJobFiles(now, limit), archiveJobs);
  const uploadsDeleted = await purgeSpreadsheets(storage, (limit) => listExpiredUploads(now, limit), deleteUploads);

  const reportsDeleted = await purgeExpiredReports(now, storage);

  const contactListsDeleted = await purgeExpiredContactLists(now, storage);

  const documentsDeleted = await purgeExpiredDocuments(now, options.documents ?? getProviders().documents);

  const snsMessagesForgotten = await deleteSnsSeenMessagesBefore(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const unsubscribeRequestsDeleted = await deleteUnsubscribeRequestsBefore(new Date(now.getTime() - UNSUBSCRIBE_REQUEST_RETENTION_DAYS * 24 * 60 * 60 * 1000));
  const result = { notificationsMoved, jobFilesDeleted, uploadsDeleted, snsMessagesForgotten, contactListsDeleted, reportsDeleted, documentsDeleted, unsubscribeRequestsDeleted };
  logger.info(result, "retention purge finished");
  return result;
}
