import { describe, expect, it, vi } from "vitest";
import { processSingleton } from "./process-singleton";

describe("processSingleton", () => {
  it("creates a value once and gives every caller the same one", () => {
    const create = vi.fn(() => ({ queue: [] as number[] }));
    const first = processSingleton("test-singleton", create);
    first.queue.push(1);
    expect(processSingleton("test-singleton", create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("is shared by separately loaded copies of the module", async () => {
    vi.resetModules();
    const copy = (await import("./process-singleton")) as typeof import("./process-singleton");
    expect(copy.processSingleton).not.toBe(processSingleton); // a second copy, as Next's runtimes load
    const value = processSingleton("shared-across-copies", () => ({ n: 1 }));
    expect(copy.processSingleton("shared-across-copies", () => ({ n: 2 }))).toBe(value);
  });

  it("keeps different names apart", () => {
    expect(processSingleton("a-name", () => "a")).toBe("a");
    expect(processSingleton("b-name", () => "b")).toBe("b");
  });
});
