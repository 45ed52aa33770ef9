// Drift test: the database built by applying prisma/migrations/* must be identical to the one
// prisma/schema.prisma describes. If this fails you changed schema.prisma without running
// `npm run db:new-migration -- <name>`, or edited a migration by hand.
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../scripts/database";
import { listMigrations, migrateDatabase } from "../scripts/migrate";
import { diffSchemaFromEmpty } from "../scripts/new-migration";
import { snapshotSchema } from "../scripts/schema-snapshot";

/**
 * What the migrations build on purpose that schema.prisma can't say (Prisma has no partial indexes
 * and no relations without foreign keys): migrations 20261128193000_notifications_write_path and
 * 20261204225000_permanent_failures_index (the reputation monitor's failed rows). Each
 * entry must really be there, so this list can't go stale.
 */
const ONLY_IN_MIGRATIONS = {
  indexes: [
    `CREATE INDEX notifications_reference_idx ON public.notifications USING btree (reference) WHERE (reference IS NOT NULL)`,
    `CREATE INDEX notifications_service_id_client_reference_idx ON public.notifications USING btree (service_id, client_reference) WHERE (client_reference IS NOT NULL)`,
    `CREATE INDEX notifications_permanent_failures_idx ON public.notifications USING btree (created_at) INCLUDE (service_id, notification_type, reply_to_text, key_type) WHERE (notification_status = 'permanent-failure'::notification_status)`,
  ],
};
const ONLY_IN_SCHEMA = {
  indexes: [
    `CREATE INDEX notifications_reference_idx ON public.notifications USING btree (reference)`,
    `CREATE INDEX notifications_service_id_client_reference_idx ON public.notifications USING btree (service_id, client_reference)`,
  ],
  constraints: ["service_id", "template_id", "job_id", "api_key_id", "created_by_id"].map((column) => `notifications notifications_${column}_fkey FOREIGN KEY`),
};

function without(lines: string[] | undefined, expected: string[], label: string): string[] {
  const all = lines ?? [];
  for (const line of expected) expect(all.some((l) => l.startsWith(line)), `${label}: ${line}`).toBe(true);
  return all.filter((l) => !expected.some((line) => l.startsWith(line)));
}

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
      expect({ ...migrated, indexes: without(migrated.indexes, ONLY_IN_MIGRATIONS.indexes, "built by the migrations") }).toEqual({
        ...fromSchema,
        indexes: without(fromSchema.indexes, ONLY_IN_SCHEMA.indexes, "described by schema.prisma"),
        constraints: without(fromSchema.constraints, ONLY_IN_SCHEMA.constraints, "described by schema.prisma"),
      });
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
