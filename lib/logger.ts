// Structured JSON logs (pino), one line per event, shared by web and worker. Recipients, message
// content and personalisation must never be logged: the redact list below is a safety net, not
// permission to pass them in. Log ids (notificationId, serviceId, jobId, requestId) instead.
import pino from "pino";

export const REDACTED_KEYS = [
  "to",
  "recipient",
  "normalisedTo",
  "phoneNumber",
  "phone_number",
  "mobileNumber",
  "emailAddress",
  "email_address",
  "personalisation",
  "body",
  "content",
  "subject",
  "password",
  "secret",
  "code",
  "authorization",
];

const paths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]);

/**
 * Fields of a logged error that can quote the data of the statement that failed: PostgreSQL's
 * `detail` ("Key (email_address)=(…) already exists"), `where` ("JSON data, line 1: …" with the
 * JSON sent, "portal parameter $1 = '…'") and `internalQuery`, and the query and parameters some
 * drivers attach. They are left out of the log line.
 */
const ERROR_DATA_FIELDS = new Set(["detail", "where", "internalQuery", "query", "parameters", "params", "values"]);

/** Errors from PostgreSQL (a SQLSTATE code), Prisma (P1234) or Prisma's driver adapter, whose messages can quote values. */
function isDatabaseError(error: Error & { code?: unknown }): boolean {
  return (typeof error.code === "string" && /^(?:[0-9A-Z]{5}|P\d{4})$/.test(error.code)) || /^(?:Prisma|DriverAdapter)/.test(error.name);
}

/**
 * A database message without the values it quotes: `invalid input syntax for type uuid: "…"`.
 * Quoted names of things (constraint "users_email_key", column "name", encoding "UTF8") stay.
 */
export function withoutQuotedValues(message: string): string {
  return message.replace(/(\b(?:constraint|relation|column|table|type|function|index|schema|database|role|encoding|sequence|view|trigger|extension|operator|domain|enum)\s+)?"[^"]*"/gi, (quoted, name?: string) => (name ? quoted : '"…"'));
}

/** Plain data nested in an error (Prisma's `meta`, a driver's `cause`), with the same fields left out. */
function serializeErrorValue(value: unknown, scrub: boolean, depth: number): unknown {
  if (value instanceof Error) return serializeError(value, depth + 1);
  if (typeof value === "string") return scrub ? withoutQuotedValues(value) : value;
  if (!value || typeof value !== "object" || depth > 3) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ERROR_DATA_FIELDS.has(key))
      .map(([key, nested]) => [key, serializeErrorValue(nested, scrub, depth + 1)]),
  );
}

/**
 * The `err` of a log line: type, message, stack and the error's own fields, with what could carry
 * request values (a client reference, personalisation, an email address quoted back by the
 * database) left out or blanked. Anything that is not an Error is logged as given.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const scrub = isDatabaseError(error);
  const message = scrub ? withoutQuotedValues(error.message) : error.message;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const out: Record<string, unknown> = { type: error.name, message, stack: [`${error.name}: ${message}`, ...frames].join("\n") };
  // `code` is redacted everywhere (security codes), so a library's error code goes by another name.
  const { code } = error as Error & { code?: unknown };
  if (typeof code === "string" || typeof code === "number") out.errorCode = code;
  for (const [key, value] of Object.entries(error)) {
    if (ERROR_DATA_FIELDS.has(key) || key === "code" || key in out || value === undefined) continue;
    out[key] = serializeErrorValue(value, scrub, depth);
  }
  if (error.cause !== undefined && depth < 3) out.cause = serializeErrorValue(error.cause, scrub, depth);
  return out;
}

function level(): string {
  const value = process.env.LOG_LEVEL;
  return value && ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(value) ? value : "info";
}

/** Builds a logger; tests pass a destination stream to read what would be written. */
export function createLogger(destination?: pino.DestinationStream, levelOverride?: string) {
  const options = {
    level: levelOverride ?? level(),
    base: { app: "notify", process: process.env.NOTIFY_PROCESS ?? "web" },
    redact: { paths, censor: "[redacted]" },
    serializers: { err: (error: unknown) => serializeError(error) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

export type Logger = typeof logger;
