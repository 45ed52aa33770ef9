// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { parseEnv } from "../lib/env";
import { loadDotenv } from "./load-dotenv";
import { openDatabase } from "./database";
import { migrateDatabase } from "./migrate";
import { runCommand } from "./run-command";

async function main() {
  loadDotenv();
  const env = parseEnv(process.env);
  const database = await openDatabase(env.DATABASE_URL);
  try {
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } finally {
    await database.stop();
  }
}

runCommand(main);
