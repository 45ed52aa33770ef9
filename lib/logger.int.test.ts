// Log lines of errors that PostgreSQL raised over request values quote none of them: the database
// quotes the JSON it could not read (a NUL in a client reference), an invalid id, a duplicate email.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { getDb } from "./db/client";
import { createLogger } from "./logger";
import { createTestApiSender, rejectionOf } from "../testing/factories";
import { sendApiNotification } from "./services/notifications/send-api-notification";

/** The line `logger.error({ err }, …)` writes, as the API's last-resort handler logs it. */
function logLine(error: unknown): string {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  createLogger(stream, "info").error({ err: error }, "unexpected error in the API");
  return lines[0] ?? "";
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe("database errors in the log", () => {
  it("a NUL in the client reference: the line says what failed, and quotes neither the reference nor the personalisation", async () => {
    const { caller, body: valid } = await createTestApiSender();
    const body = { ...valid, personalisation: { name: "Ada Lovelace" }, reference: "case-4471-private\u0000tail" };

    // Grouped sends, and a send with an Idempotency-Key in its own transaction.
    for (const idempotencyKey of [undefined, "order-nul"]) {
      const line = logLine(await failure(sendApiNotification({ caller, channel: "sms", body, idempotencyKey })));
      for (const value of ["case-4471", "private", "tail", "Ada", "Lovelace", "+12025550123", "2025550123"]) expect(line).not.toContain(value);
      expect(JSON.parse(line).err).toMatchObject({ errorCode: "22P05", message: "unsupported Unicode escape sequence", routine: "json_ereport_error" });
    }
  });

  it("an invalid id and a duplicate email address, through Prisma: the constraint is named, the values are not", async () => {
    const badId = await failure(getDb().user.findUnique({ where: { id: "not-a-uuid-4471" } }));
    const badIdLine = logLine(badId);
    expect(badIdLine).not.toContain("4471");
    expect(JSON.parse(badIdLine).err).toMatchObject({ errorCode: "P2007", message: expect.stringContaining('invalid input syntax for type uuid: "…"') });

    const { emailAddress } = await getDb().user.findFirstOrThrow({ select: { emailAddress: true } });
    const duplicate = await failure(getDb().user.create({ data: { name: "Copy", emailAddress, passwordHash: "x" } }));
    const duplicateLine = logLine(duplicate);
    expect(duplicateLine).not.toContain(emailAddress);
    expect(duplicateLine).toContain("users_email_address_key");
  });
});
