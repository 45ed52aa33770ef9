// The contract for file storage (uploaded spreadsheets, reports): local disk or Amazon S3.

export interface FileStorage {
  readonly name: string;
  put(key: string, body: Buffer, options?: { contentType?: string; metadata?: Record<string, string> }): Promise<void>;
  /** Returns null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream with its size in bytes, for sending it on without holding it in memory; null when there is no such file. */
  open(key: string): Promise<{ body: ReadableStream<Uint8Array>; length: number } | null>;
  delete(key: string): Promise<void>;
}

/** Keys are relative paths of safe characters only, so no key can escape its folder or bucket prefix. */
export function assertSafeStorageKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(key) || key.includes("..")) {
    throw new Error("Storage keys must be relative paths of letters, digits, '.', '_' and '-'");
  }
}
