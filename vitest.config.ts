// Vitest: two projects. `unit` (*.test.ts[x]) needs nothing; `integration` (*.int.test.ts) gets a
// fresh migrated PostgreSQL database per run (testing/vitest-global-setup.ts).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };
const roots = "{lib,jobs,components,app,prisma,terraform,deploy-config,scripts,testing,bench}";

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [`${roots}/**/*.test.{ts,tsx}`],
          exclude: ["**/node_modules/**", "**/*.int.test.ts", "lib/db/generated/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: [`${roots}/**/*.int.test.ts`],
          exclude: ["**/node_modules/**"],
          environment: "node",
          globalSetup: ["testing/vitest-global-setup.ts"],
          setupFiles: ["testing/vitest-int-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
