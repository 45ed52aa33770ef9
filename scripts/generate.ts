// `npm run db:generate` (also run after npm install): generates the Prisma client into
// lib/db/generated. The Prisma CLI insists on a native schema-engine binary that it would download;
// generating never runs it, so we point it at a stub and nothing is downloaded.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "prisma", "bin", "schema-engine-stub"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
