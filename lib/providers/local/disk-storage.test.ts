import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DiskStorage } from "./disk-storage";

describe("DiskStorage", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "notify-storage-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stores, reads and deletes files by key", async () => {
    const storage = new DiskStorage(dir);
    await storage.put("service-1/upload-1.csv", Buffer.from("phone number\n2025550123\n"));
    expect((await storage.get("service-1/upload-1.csv"))?.toString()).toBe("phone number\n2025550123\n");
    const opened = await storage.open("service-1/upload-1.csv");
    expect(opened?.length).toBe(24);
    expect(await new Response(opened?.body).text()).toBe("phone number\n2025550123\n");
    await storage.delete("service-1/upload-1.csv");
    expect(await storage.get("service-1/upload-1.csv")).toBeNull();
    expect(await storage.open("service-1/upload-1.csv")).toBeNull();
  });

  it("keeps one whole file when the same key is written twice at once", async () => {
    const storage = new DiskStorage(dir);
    const a = Buffer.alloc(3_000_000, "a");
    const b = Buffer.alloc(3_000_000, "b");
    await Promise.all([storage.put("same.csv", a), storage.put("same.csv", b)]);
    const stored = (await storage.get("same.csv"))?.toString() ?? "";
    expect([a.toString(), b.toString()]).toContain(stored);
  });

  it("refuses keys that could escape the storage folder", async () => {
    const storage = new DiskStorage(dir);
    for (const key of ["../etc/passwd", "/abs/path", "a/../../b", "a//b", ""]) {
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow("Storage keys");
    }
  });
});
