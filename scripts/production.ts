// What the production processes (`npm run start:web`, `npm run start:worker`) share: configuration
// with the same validation as everywhere (lib/env.ts, VCAP_SERVICES included) and secrets only from
// the environment (no local fallback keys, no .env file; a missing one stops start-up with one
// line), and output as JSON lines only, so the platform's log drain can parse every line.
import { format } from "node:util";
import { ConfigError, parseEnv } from "../lib/env";
import type { Logger } from "../lib/logger";

const REQUIRED = ["DATABASE_URL", "SECRET_KEY", "ENCRYPTION_KEY"] as const;

export function parseProductionEnv(raw: Record<string, string | undefined> = process.env) {
  const env = parseEnv(raw);
  for (const key of REQUIRED) {
    if (!env[key]) throw new ConfigError(`Configuration error: ${key} must be set (production processes read secrets only from the environment)`);
  }
  return { ...env, DATABASE_URL: env.DATABASE_URL as string };
}

/** Routes console output (Next.js prints its own lines and uncaught request errors there) and Node's process warnings through the JSON logger. */
export function jsonOutputOnly(logger: Logger): void {
  const text = (args: unknown[]) => format(...args).replace(/\u001b\[[0-9;]*m/g, "").trim();
  console.log = console.info = (...args: unknown[]) => logger.info({ source: "console" }, text(args));
  console.debug = (...args: unknown[]) => logger.debug({ source: "console" }, text(args));
  console.warn = (...args: unknown[]) => logger.warn({ source: "console" }, text(args));
  console.error = (...args: unknown[]) => logger.error({ source: "console" }, text(args));
  process.removeAllListeners("warning");
  process.on("warning", (warning) => logger.warn({ source: "process", warning: warning.name }, warning.message.replace(/\s+/g, " ").trim()));
}
