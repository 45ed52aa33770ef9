import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

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
});
