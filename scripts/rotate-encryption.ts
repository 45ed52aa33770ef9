// `npm run encryption:rotate`: re-encrypts every stored personalisation, API key secret, inbound
// text and callback token with ENCRYPTION_KEY, reading old values with ENCRYPTION_KEY_PREVIOUS.
// Run it once the app runs with the new key (docs/operations.md, "Rotating keys"). Exits 1 if some
// value could not be read with any key given.
import { parseEnv } from "../lib/env";
import { openDatabase } from "./database";
import { loadDotenv } from "./load-dotenv";
import { runCommand } from "./run-command";

async function main() {
  loadDotenv();
  const database = await openDatabase(parseEnv(process.env).DATABASE_URL);
  process.env.DATABASE_URL = database.url;
  try {
    const { encryptionKeys } = await import("../lib/env");
    const { reencryptStoredValues } = await import("../lib/services/security/rotate-encryption");
    const { closePool } = await import("../lib/db/pool");
    const results = await reencryptStoredValues(encryptionKeys()).finally(closePool);
    for (const r of results) console.log(`${r.table}.${r.column}: ${r.reencrypted} re-encrypted${r.unreadable ? `, ${r.unreadable} could not be read with any key given` : ""}`);
    if (results.some((r) => r.unreadable > 0)) process.exitCode = 1;
  } finally {
    await database.stop();
  }
}

runCommand(main);
