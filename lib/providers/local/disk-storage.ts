// Local file storage: files under a folder on disk (FILE_STORAGE_DIR, default .data/files).
import { randomUUID } from "node:crypto";
import { mkdir, open as openFile, readFile, rm, writeFile, type FileHandle } from "node:fs/promises";
import { Readable } from "node:stream";
import path from "node:path";
import { assertSafeStorageKey, type FileStorage } from "../storage";

export class DiskStorage implements FileStorage {
  readonly name = "local";
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    assertSafeStorageKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, body: Buffer, options: { metadata?: Record<string, string> } = {}): Promise<void> {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write to a temporary name of its own first, so a crash never leaves half a file under the
    // real key and two writes of the same key at once can't mix (the last one to finish wins whole).
    const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(temp, body);
    await writeFile(`${file}.meta.json`, JSON.stringify(options.metadata ?? {}));
    const { rename } = await import("node:fs/promises");
    await rename(temp, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathFor(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async open(key: string): Promise<{ body: ReadableStream<Uint8Array>; length: number } | null> {
    const file = this.pathFor(key);
    let handle: FileHandle;
    try {
      handle = await openFile(file, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    const { size } = await handle.stat();
    return { body: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>, length: size };
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    await rm(file, { force: true });
    await rm(`${file}.meta.json`, { force: true });
  }
}
