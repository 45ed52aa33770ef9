import { describe, expect, it, vi } from "vitest";
import { isConnectionLoss, retryOnConnectionLoss } from "./connection-loss";

const terminated = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });

describe("lost database connections", () => {
  it("recognises pg, socket and Prisma-wrapped connection errors, and nothing else", () => {
    expect(isConnectionLoss(terminated)).toBe(true);
    expect(isConnectionLoss(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(true);
    expect(isConnectionLoss(new Error("Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`"))).toBe(true);
    expect(isConnectionLoss(new Error("wrapped", { cause: terminated }))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" }))).toBe(false);
    expect(isConnectionLoss(new Error("not a number"))).toBe(false);
  });

  it("makes a write again after a lost connection until it succeeds", async () => {
    const write = vi.fn().mockRejectedValueOnce(terminated).mockRejectedValueOnce(new Error("Connection terminated")).mockResolvedValue("written");
    expect(await retryOnConnectionLoss(write)).toBe("written");
    expect(write).toHaveBeenCalledTimes(3);
  });

  it("passes any other failure straight on, and gives up on a connection that stays lost", async () => {
    const wrong = vi.fn().mockRejectedValue(new Error("syntax error"));
    await expect(retryOnConnectionLoss(wrong)).rejects.toThrow("syntax error");
    expect(wrong).toHaveBeenCalledTimes(1);
    const down = vi.fn().mockRejectedValue(terminated);
    await expect(retryOnConnectionLoss(down, 250)).rejects.toBe(terminated);
    expect(down.mock.calls.length).toBeGreaterThan(1);
  });
});
