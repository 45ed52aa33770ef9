// The database the migrations build has each function exactly as prisma/functions/<name>.sql
// defines it: running the file changes nothing PostgreSQL reports of it (tried, then rolled back).
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFunctionFiles } from "../scripts/sql-functions";

const client = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => client.connect());
afterAll(() => client.end());

async function definitions(name: string): Promise<string[]> {
  const { rows } = await client.query<{ def: string }>(
    `SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.proname = $1 ORDER BY 1`,
    [name],
  );
  return rows.map((r) => r.def);
}

describe("the migrated database's functions", async () => {
  const files = await readFunctionFiles();
  it.each(files.map((f) => [f.name, f] as const))("%s matches its file", async (name, file) => {
    const migrated = await definitions(name);
    expect(migrated).toHaveLength(1);
    await client.query("BEGIN");
    try {
      await client.query(file.text);
      expect(await definitions(name)).toEqual(migrated);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
