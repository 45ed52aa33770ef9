// The PL/pgSQL and SQL functions the app calls (sending, daily allowances, change notices): each
// one's current definition lives in prisma/functions/<name>.sql, so today's rule is read in one
// file rather than pieced together from migrations. `db:new-migration` copies a changed file into
// the next migration; prisma/functions.test.ts fails while a file and the migrations disagree.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { listMigrations } from "./migrate";

export const FUNCTIONS_DIR = path.resolve(__dirname, "../prisma/functions");

const FUNCTION_STATEMENT = /CREATE OR REPLACE FUNCTION\s+(\w+)\s*\([\s\S]*?AS \$\$[\s\S]*?\$\$;/g;

/** The `CREATE OR REPLACE FUNCTION` statements in some SQL, by function name (the last one wins). */
export function functionStatements(sql: string): Map<string, string> {
  return new Map([...sql.matchAll(FUNCTION_STATEMENT)].map((match) => [match[1] as string, match[0]]));
}

/** Each function as the migrations leave it: the last migration that (re)defines it wins. */
export async function migratedFunctions(): Promise<Map<string, string>> {
  const functions = new Map<string, string>();
  for (const migration of await listMigrations()) for (const [name, statement] of functionStatements(migration.sql)) functions.set(name, statement);
  return functions;
}

export type FunctionFile = { name: string; file: string; text: string; statement: string | undefined };

export async function readFunctionFiles(): Promise<FunctionFile[]> {
  const names = (await readdir(FUNCTIONS_DIR)).filter((name) => name.endsWith(".sql")).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(path.join(FUNCTIONS_DIR, file), "utf8");
      return { name: path.basename(file, ".sql"), file: path.join(FUNCTIONS_DIR, file), text, statement: functionStatements(text).get(path.basename(file, ".sql")) };
    }),
  );
}

/** The function files whose definition no migration has applied yet (what the next migration must include). */
export async function pendingFunctionFiles(): Promise<FunctionFile[]> {
  const migrated = await migratedFunctions();
  return (await readFunctionFiles()).filter((f) => f.statement === undefined || migrated.get(f.name) !== f.statement);
}
