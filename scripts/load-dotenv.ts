// Reads .env from the repository root into process.env (variables already set win), for the
// command-line entry points. Next.js reads .env itself; the worker inherits from npm start.
import { existsSync } from "node:fs";
import path from "node:path";

export function loadDotenv(): void {
  const file = path.resolve(__dirname, "../.env");
  if (existsSync(file)) process.loadEnvFile(file);
}
