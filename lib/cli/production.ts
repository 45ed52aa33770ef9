// Configuration of the production processes (`npm run start:web`, `npm run start:worker`): the same
// validation as everywhere (lib/env.ts, VCAP_SERVICES included), and secrets only from the
// environment: no local fallback keys, no .env file. A missing one stops start-up with one line.
import { ConfigError, parseEnv } from "../env";

const REQUIRED = ["DATABASE_URL", "SECRET_KEY", "ENCRYPTION_KEY"] as const;

export function parseProductionEnv(raw: Record<string, string | undefined> = process.env) {
  const env = parseEnv(raw);
  for (const key of REQUIRED) {
    if (!env[key]) throw new ConfigError(`Configuration error: ${key} must be set (production processes read secrets only from the environment)`);
  }
  return { ...env, DATABASE_URL: env.DATABASE_URL as string };
}
