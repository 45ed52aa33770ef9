// Runs in each integration test worker before the tests: points the app's config at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NOTIFY_ENVIRONMENT = "test";
process.env.LOG_LEVEL ??= "silent";
process.env.EMAIL_PROVIDER = "local";
process.env.SMS_PROVIDER = "local";
process.env.STORAGE_PROVIDER = "local";
