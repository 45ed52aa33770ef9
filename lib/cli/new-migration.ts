// `npm run db:new-migration -- <name>`: writes the next migration from your prisma/schema.prisma edits.
// The WebAssembly schema engine cannot introspect a live database through the pg adapter, so each
// migration folder keeps a copy of the schema it produced (schema.prisma) and the next migration is
// the diff from that copy to the current schema. No database is changed.
import { mkdir, readFile, writeFile, copyFile } from "node:fs/promises";
import path from "node:path";
import { listMigrations, MIGRATIONS_DIR } from "./migrate";
import { openDatabase } from "./database";
import { NO_FILTERS, openSchemaEngine, readSchemaFiles, SCHEMA_PATH } from "./schema-engine";
import { runCommand } from "./run-command";

/** The SQL that takes a database from the previous snapshot (or nothing) to the current schema. */
export async function diffSchemaSinceLastMigration(databaseUrl: string): Promise<string> {
  const migrations = await listMigrations();
  const last = migrations.at(-1);
  const engine = await openSchemaEngine(databaseUrl);
  const files = await readSchemaFiles();
  const from = last
    ? {
        tag: "schemaDatamodel" as const,
        files: [{ path: SCHEMA_PATH, content: await readFile(path.join(MIGRATIONS_DIR, last.name, "schema.prisma"), "utf8") }],
      }
    : { tag: "empty" as const };
  const result = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: NO_FILTERS });
  return result.stdout ?? "";
}

/** The SQL that builds the current schema on an empty database. */
export async function diffSchemaFromEmpty(databaseUrl: string): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl);
  const files = await readSchemaFiles();
  const result = await engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: NO_FILTERS });
  return result.stdout ?? "";
}

async function main() {
  const rawName = process.argv.slice(2).join("_") || "change";
  const name = rawName.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  // The engine needs a live connection even to diff two schema files; nothing is written to it.
  const db = await openDatabase(process.env.DATABASE_URL);
  const sql = await diffSchemaSinceLastMigration(db.url).finally(() => db.stop());
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("prisma/schema.prisma has no changes since the last migration; nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await copyFile(SCHEMA_PATH, path.join(dir, "schema.prisma"));
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql – review it, then run npm run db:migrate`);
}

if (require.main === module) {
  runCommand(main);
}
