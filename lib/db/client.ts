// The Prisma client (driver adapter over node-postgres, no native engine). One per process (a
// processSingleton, so Next's module copies and dev hot reloads don't open new pools). Secrets are omitted by default:
// ask for passwordHash / secretEncrypted explicitly with `omit: { passwordHash: false }`.
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "../env";
import { PrismaClient } from "./generated/client";
import { processSingleton } from "../process-singleton";

function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true }, apiKey: { secretEncrypted: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

const shared = processSingleton("prisma", (): { client?: Db } => ({}));

/** The shared client. Created on first use so importing this module never needs a database. */
export function getDb(): Db {
  shared.client ??= createClient();
  return shared.client;
}

export async function disconnectDb(): Promise<void> {
  await shared.client?.$disconnect();
  shared.client = undefined;
}

export { Prisma } from "./generated/client";
export type * from "./generated/client";
