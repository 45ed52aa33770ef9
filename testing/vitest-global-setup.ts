// Vitest global setup for integration tests (*.int.test.ts): one fresh migrated database per run.
import type { TestProject } from "vitest/node";
import { createTestDatabase, openTestServer } from "./test-database";

declare module "vitest" {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const database = await createTestDatabase(server.serverUrl, "int");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
