// The connection-loss fault test at a smaller size (bench:connection-loss runs a 20,000-row job and
// 2,000 API sends): every database connection is cut four times while a spreadsheet job fans out
// and is delivered and API sends are stored. Nothing accepted is lost, nothing is handed to the
// provider twice, and the worker carries on without being restarted.
import { describe, expect, it } from "vitest";
import { withDatabase } from "../scripts/database";
import { runConnectionLossTest } from "./connection-loss";

describe("database connections cut during a job and an API burst", () => {
  it("delivers every accepted message exactly once, without a restart", async () => {
    const url = process.env.DATABASE_URL!;
    const result = await runConnectionLossTest({ serverUrl: withDatabase(url, "postgres"), databaseName: new URL(url).pathname.slice(1), jobRows: 2_000, apiSends: 300, cuts: 4, log: (line) => console.log(line) });
    expect(result.connectionsCut).toBeGreaterThan(0);
    expect(result.delivered).toBe(result.expected);
    expect(result.expected).toBe(2_000 + result.apiAccepted);
    expect(result.apiAccepted).toBeGreaterThan(250); // a few sends may fail while a cut lands; those were never accepted
    expect(result.handedOverOnce).toBe(result.expected);
    expect(result.handedOverTwiceOrMore).toBe(0);
    expect(result.neverHandedOver).toBe(0);
    expect(result.workerExits).toBe(0);
  }, 240_000);
});
