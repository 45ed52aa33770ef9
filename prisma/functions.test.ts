// Every function the migrations define has its current definition in prisma/functions/<name>.sql,
// and the migrations apply exactly that: a file edited without a migration fails here.
import { describe, expect, it } from "vitest";
import { migratedFunctions, pendingFunctionFiles, readFunctionFiles } from "../scripts/sql-functions";

describe("prisma/functions", () => {
  it("has a file for every function the migrations define", async () => {
    const files = new Set((await readFunctionFiles()).map((f) => f.name));
    expect([...(await migratedFunctions()).keys()].filter((name) => !files.has(name))).toEqual([]);
  });

  it("holds what the migrations apply (after editing one, run npm run db:new-migration -- <name>)", async () => {
    expect((await pendingFunctionFiles()).map((f) => f.name)).toEqual([]);
  });
});
