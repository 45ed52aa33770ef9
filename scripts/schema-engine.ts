// Loads Prisma's schema engine compiled to WebAssembly, so migrations can be diffed with no native
// binary download (see ../shared/docs/toolchain-notes.md). Used only by developer commands and the
// drift test, never at run time.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");
export type SchemaEngine = Awaited<ReturnType<SchemaEngineModule["SchemaEngine"]["new"]>>;

const require = createRequire(__filename);
let loaded: Promise<SchemaEngineModule> | undefined;

/** Instantiates the wasm module once per process (Node 20 cannot import a .wasm file directly). */
function loadModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bg = (await import(path.join(dir, "schema_engine_bg.js"))) as SchemaEngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return loaded;
}

export const SCHEMA_PATH = path.resolve(__dirname, "../prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(__dirname, "../prisma/migrations");

export async function readSchemaFiles() {
  return [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }];
}

/** Opens a schema engine that talks to the database at `connectionString`. */
export async function openSchemaEngine(connectionString: string): Promise<SchemaEngine> {
  const mod = await loadModule();
  const files = await readSchemaFiles();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return mod.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    () => undefined,
    adapter,
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
