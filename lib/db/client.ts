// The Prisma client (driver adapter over node-postgres, no native engine). One per process; in dev
// it is kept on globalThis so hot reloads don't open new pools. Secrets are omitted by default:
// ask for passwordHash / secretEncrypted explicitly with `omit: { passwordHash: false }`.
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "../env";
import { PrismaClient } from "./generated/client";

function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true }, apiKey: { secretEncrypted: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { notifyPrisma?: Db };

/** The shared client. Created on first use so importing this module never needs a database. */
export function getDb(): Db {
  globalForPrisma.notifyPrisma ??= createClient();
  return globalForPrisma.notifyPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.notifyPrisma?.$disconnect();
  globalForPrisma.notifyPrisma = undefined;
}

export { Prisma } from "./generated/client";
export type * from "./generated/client";
