// A comparable description of a database's public schema (columns, types, defaults, nullability,
// indexes, constraints, enums), used by the migration drift test.
import { Client } from "pg";

export async function snapshotSchema(url: string): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
    return {
      columns: await q(`SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' ||
          coalesce(column_default, '-') || ' ' || coalesce(character_maximum_length::text, '-') || ' ' ||
          coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-') AS line
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      indexes: await q(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await q(`SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(c.oid) AS line
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'`),
      enums: await q(`SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`),
    };
  } finally {
    await client.end();
  }
}
