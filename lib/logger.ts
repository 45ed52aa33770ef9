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
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

export type Logger = typeof logger;
