// Queueing the background half of "Create an account" and "Forgot your password?". The web process
// writes only the job (one statement, the same whatever the address), and the worker does the rest
// (lib/services/auth/register.ts, reset-password.ts). Values arrive sealed by the caller.
import { getPool } from "./pool";
import { addJobSql } from "../jobs/queue-sql";

// A few quick retries (graphile backs off e^attempt seconds: about 1.5 minutes in all); a link
// that arrives much later is no use to someone waiting for it.
const MAX_ATTEMPTS = 5;

// Built when used: a job's priority depends on the configuration (DELIVERY_LANES), not read at import.
const registrationSql = () => `SELECT ${addJobSql("register-account", { detailsEncrypted: "$1::text" }, { maxAttempts: MAX_ATTEMPTS })}`;
const passwordResetSql = () => `SELECT ${addJobSql("send-password-reset", { emailAddressEncrypted: "$1::text" }, { maxAttempts: MAX_ATTEMPTS })}`;

export async function queueRegistration(detailsEncrypted: string): Promise<void> {
  await getPool().query(registrationSql(), [detailsEncrypted]);
}

export async function queuePasswordReset(emailAddressEncrypted: string): Promise<void> {
  await getPool().query(passwordResetSql(), [emailAddressEncrypted]);
}
