// Files sent by email (the documents table). Rows are written only with their notification
// (insertNotificationAndEnqueue), read by the public download page, and marked deleted by the
// retention task once their file is gone.
import type { PoolClient } from "pg";
import { getDb } from "./client";

export type NewDocumentRow = {
  id: string;
  filename: string | null;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
  keyHash: string;
  retentionWeeks: number;
  expiresAt: Date;
  confirmEmail: boolean;
  recipientHash: string;
};

/** Inserts the rows on the transaction's connection (one statement). */
export async function insertDocumentRows(client: PoolClient, rows: Array<NewDocumentRow & { serviceId: string; notificationId: string }>): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO documents (id, service_id, notification_id, filename, mime_type, size_bytes, storage_key, key_hash, retention_weeks, expires_at, confirm_email, recipient_hash)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, service_id uuid, notification_id uuid, filename varchar, mime_type varchar, size_bytes int, storage_key varchar, key_hash varchar, retention_weeks int, expires_at timestamp, confirm_email boolean, recipient_hash varchar)`,
    [
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          service_id: r.serviceId,
          notification_id: r.notificationId,
          filename: r.filename,
          mime_type: r.mimeType,
          size_bytes: r.sizeBytes,
          storage_key: r.storageKey,
          key_hash: r.keyHash,
          retention_weeks: r.retentionWeeks,
          expires_at: r.expiresAt.toISOString().replace("Z", ""),
          confirm_email: r.confirmEmail,
          recipient_hash: r.recipientHash,
        })),
      ),
    ],
  );
}

export type StoredDocument = {
  id: string;
  serviceId: string;
  filename: string | null;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
  keyHash: string;
  expiresAt: Date;
  confirmEmail: boolean;
  recipientHash: string;
  deletedAt: Date | null;
  service: { name: string; contactLink: string | null };
};

/** The document in this service, deleted or not; null when there is none. */
export async function findDocument(serviceId: string, id: string): Promise<StoredDocument | null> {
  return getDb().document.findFirst({
    where: { id, serviceId },
    select: {
      id: true,
      serviceId: true,
      filename: true,
      mimeType: true,
      sizeBytes: true,
      storageKey: true,
      keyHash: true,
      expiresAt: true,
      confirmEmail: true,
      recipientHash: true,
      deletedAt: true,
      service: { select: { name: true, contactLink: true } },
    },
  });
}

/** Documents past their expiry whose files are still stored, oldest first. */
export async function listExpiredDocuments(now: Date, limit: number): Promise<Array<{ id: string; storageKey: string }>> {
  return getDb().document.findMany({ where: { expiresAt: { lte: now }, deletedAt: null }, orderBy: { expiresAt: "asc" }, take: limit, select: { id: true, storageKey: true } });
}

export async function markDocumentsDeleted(ids: string[], now: Date): Promise<void> {
  if (ids.length > 0) await getDb().document.updateMany({ where: { id: { in: ids } }, data: { deletedAt: now } });
}
