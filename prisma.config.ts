// Prisma 7 config. The Prisma CLI is used only for `prisma generate` (see package.json "db:generate");
// migrations are applied by scripts/migrate.ts, which needs no downloaded engine.
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
