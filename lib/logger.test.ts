import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { DatabaseError } from "pg";
import { createLogger, withoutQuotedValues } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("logger", () => {
  it("writes one JSON line per event with ids kept", () => {
    const { logger, lines } = capture();
    logger.info({ notificationId: "n-1", serviceId: "s-1" }, "sent");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ msg: "sent", notificationId: "n-1", serviceId: "s-1", app: "notify" });
  });

  it("redacts recipients, content and personalisation even when passed by mistake", () => {
    const { logger, lines } = capture();
    logger.info(
      { to: "+12025550123", emailAddress: "a@b.gov", personalisation: { name: "Ada" }, notification: { to: "x@y.gov", body: "Your code is 123456" } },
      "oops",
    );
    const line = lines[0] ?? "";
    for (const secret of ["+12025550123", "a@b.gov", "Ada", "x@y.gov", "123456"]) expect(line).not.toContain(secret);
    expect(JSON.parse(line).to).toBe("[redacted]");
  });

  it("logs errors without the fields where the database quotes request values", () => {
    const { logger, lines } = capture();
    const error = Object.assign(new DatabaseError('duplicate key value violates unique constraint "users_email_address_key"', 200, "error"), {
      code: "23505",
      detail: "Key (email_address)=(ada@agency.gov) already exists.",
      where: 'JSON data, line 1: ..."client_reference":"case-4471',
      constraint: "users_email_address_key",
      table: "users",
    });
    logger.error({ err: new Error("send failed", { cause: error }) }, "unexpected error");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(lines[0]).not.toContain("ada@agency.gov");
    expect(lines[0]).not.toContain("case-4471");
    expect(entry.err).toMatchObject({ type: "Error", message: "send failed", cause: { errorCode: "23505", constraint: "users_email_address_key", table: "users" } });
    expect(entry.err.cause.message).toBe('duplicate key value violates unique constraint "users_email_address_key"');
    expect(entry.err.stack).toMatch(/^Error: send failed\n\s+at /);
  });

  it("keeps other errors' messages and fields, and logs non-errors as given", () => {
    const { logger, lines } = capture();
    logger.warn({ err: Object.assign(new Error('Cannot find "ses-config"'), { retryable: true }) }, "one");
    logger.warn({ err: { message: "plain" } }, "two");
    expect(JSON.parse(lines[0] ?? "{}").err).toMatchObject({ type: "Error", message: 'Cannot find "ses-config"', retryable: true });
    expect(JSON.parse(lines[1] ?? "{}").err).toEqual({ message: "plain" });
  });

  it.each([
    ['invalid input syntax for type uuid: "case-4471"', 'invalid input syntax for type uuid: "…"'],
    ['value "2025550123" is out of range for type integer', 'value "…" is out of range for type integer'],
    ['column "name" of relation "users" does not exist', 'column "name" of relation "users" does not exist'],
    ['invalid byte sequence for encoding "UTF8": 0x00', 'invalid byte sequence for encoding "UTF8": 0x00'],
  ])("blanks the values a database message quotes: %s", (message, logged) => {
    expect(withoutQuotedValues(message)).toBe(logged);
  });
});
