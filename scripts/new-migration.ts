// `npm run db:new-migration -- <name>`: writes the next migration from your prisma/schema.prisma edits.
// The WebAssembly schema engine cannot introspect a live database through the pg adapter, so
// prisma/migrations/schema-snapshot.prisma keeps the schema the migrations build, and the next
// migration is the diff from it to the current schema; the snapshot is then updated. No database
// is changed.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile, copyFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "./migrate";
import { openDatabase } from "./database";
import { NO_FILTERS, openSchemaEngine, readSchemaFiles, SCHEMA_PATH } from "./schema-engine";
import { runCommand } from "./run-command";
import { pendingFunctionFiles } from "./sql-functions";

/** The schema the migrations build, as of the last one written with db:new-migration. */
export const SCHEMA_SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

/** The SQL that takes a database from the snapshot (or nothing) to the current schema. */
export async function diffSchemaSinceLastMigration(databaseUrl: string): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl);
  const files = await readSchemaFiles();
  const from = existsSync(SCHEMA_SNAPSHOT_PATH)
    ? { tag: "schemaDatamodel" as const, files: [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_SNAPSHOT_PATH, "utf8") }] }
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
  const schemaSql = await diffSchemaSinceLastMigration(db.url).finally(() => db.stop());
  const hasSchemaChanges = Boolean(schemaSql.trim()) && !/^-- This is an empty migration\.?\s*$/.test(schemaSql.trim());
  // Functions after the tables, since a function body may name a column this migration adds.
  const functions = await pendingFunctionFiles();
  const invalid = functions.find((f) => f.statement === undefined);
  if (invalid) throw new Error(`${path.relative(process.cwd(), invalid.file)} must hold one CREATE OR REPLACE FUNCTION ${invalid.name}(…) … AS $$ … $$; statement`);
  if (!hasSchemaChanges && functions.length === 0) {
    console.log("prisma/schema.prisma and prisma/functions have no changes since the last migration; nothing written.");
    return;
  }
  const sql = [hasSchemaChanges ? schemaSql.trimEnd() : "", ...functions.map((f) => f.text.trimEnd())].filter(Boolean).join("\n\n") + "\n";
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await copyFile(SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql – review it, then run npm run db:migrate`);
}

if (require.main === module) {
  runCommand(main);
}
