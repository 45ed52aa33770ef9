// Retention for files sent by email: once a document is past its retention period its encrypted
// file is deleted from the documents store and the row is marked deleted (kept, without the file,
// so the link's holder is told the file has expired rather than that the link is wrong). Run by
// the nightly retention purge; the bucket's lifecycle rule is only the backstop.
import { listExpiredDocuments, markDocumentsDeleted } from "../../db/documents";
import type { FileStorage } from "../../providers/storage";
import { getProviders } from "../delivery/providers";

const CHUNK = 100;

/** Deletes every expired document's file and marks its row; returns how many. */
export async function purgeExpiredDocuments(now: Date, storage: FileStorage = getProviders().documents): Promise<number> {
  let deleted = 0;
  for (;;) {
    const documents = await listExpiredDocuments(now, CHUNK);
    for (const document of documents) await storage.delete(document.storageKey);
    await markDocumentsDeleted(
      documents.map((d) => d.id),
      now,
    );
    deleted += documents.length;
    if (documents.length < CHUNK) return deleted;
  }
}
