// Drift test: the database built by applying prisma/migrations/* must be identical to the one
// prisma/schema.prisma describes. If this fails you changed schema.prisma without running
// `npm run db:new-migration -- <name>`, or edited a migration by hand.
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../lib/cli/database";
import { listMigrations, migrateDatabase } from "../lib/cli/migrate";
import { diffSchemaFromEmpty } from "../lib/cli/new-migration";
import { snapshotSchema } from "../lib/cli/schema-snapshot";

describe("migrations", () => {
  it("build exactly the schema in prisma/schema.prisma (no drift)", async () => {
    const migratedUrl = inject("databaseUrl");
    const serverUrl = withDatabase(migratedUrl, "postgres");
    const name = `notify_schema_${Date.now().toString(36)}`;
    await createDatabaseIfMissing(serverUrl, name);
    const fromSchemaUrl = withDatabase(serverUrl, name);
    try {
      const sql = await diffSchemaFromEmpty(fromSchemaUrl);
      const client = new Client({ connectionString: fromSchemaUrl });
      await client.connect();
      await client.query(sql);
      await client.end();

      const [migrated, fromSchema] = await Promise.all([snapshotSchema(migratedUrl), snapshotSchema(fromSchemaUrl)]);
      expect(migrated.columns?.length).toBeGreaterThan(100);
      expect(migrated).toEqual(fromSchema);
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });

  it("are recorded, and running them again changes nothing", async () => {
    const url = inject("databaseUrl");
    expect(await migrateDatabase(url)).toEqual([]);
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual((await listMigrations()).map((m) => m.name));
  });
});
