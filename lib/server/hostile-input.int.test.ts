// Input a client can send that once reached a 500 (or dropped the connection): each now gets a 4xx
// in Notify's envelope with words a developer can act on, and nothing is stored for it. Real route
// handlers over HTTP (the /v2 fast path), a real API key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeyedSender, startApiServer, type ApiServer } from "../../testing/api-server";
import { getDb } from "../db/client";

let server: ApiServer;
let sender: Awaited<ReturnType<typeof createKeyedSender>>;
let sms: Awaited<ReturnType<typeof createKeyedSender>>["body"];

beforeAll(async () => {
  server = await startApiServer();
  sender = await createKeyedSender();
  sms = sender.body;
});
afterAll(() => server.close());

async function call(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.base}${pathname}`, {
    method,
    headers: { "content-type": "application/json", authorization: sender.authorization(), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as { status_code: number; errors: { error: string; message: string }[] } };
}

const stored = () => getDb().notification.count({ where: { serviceId: sender.serviceId } });

describe("hostile input", () => {
  it("(control) a well-formed send is accepted", async () => {
    expect((await call("POST", "/v2/notifications/sms", sms)).status).toBe(201);
  });

  const tooLong = (length: number) => `Your message is too long. Text messages cannot be longer than 918 characters. Your message is ${length} characters long.`;
  it.each([
    ["a NUL in the reference", () => call("POST", "/v2/notifications/sms", { ...sms, reference: "order\u0000 42" }), 400, "ValidationError", "reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a NUL in a personalisation value", () => call("POST", "/v2/notifications/sms", { ...sms, personalisation: { name: "A\u0000da" } }), 400, "ValidationError", "personalisation.name must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a lone surrogate in the reference", () => call("POST", "/v2/notifications/sms", { ...sms, reference: "order \ud800" }), 400, "ValidationError", "reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a NUL in a personalisation key", () => call("POST", "/v2/notifications/sms", { ...sms, personalisation: { "na\u0000me": "Ada" } }), 400, "ValidationError", "personalisation.na\\u0000me must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a NUL in a bulk row", () => call("POST", "/v2/notifications/bulk", { name: "x", template_id: sms.template_id, rows: [["phone number", "name"], ["+12025550123", "A\u0000"]] }), 400, "ValidationError", "rows[1][1] must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a NUL in a query parameter", () => call("GET", "/v2/notifications?reference=a%00b"), 400, "ValidationError", "reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a NUL in the first of a repeated query parameter", () => call("GET", "/v2/notifications?reference=%00&reference=sms"), 400, "ValidationError", "reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["an Idempotency-Key of 10,000 characters", () => call("POST", "/v2/notifications/sms", sms, { "idempotency-key": "k".repeat(10_000) }), 400, "BadRequestError", "Idempotency-Key must be 255 characters or fewer"],
    ["a 100,000-character personalisation value in a text", () => call("POST", "/v2/notifications/sms", { ...sms, personalisation: { name: "x".repeat(100_000) } }), 400, "BadRequestError", tooLong(100_006)],
    ["a template version past 32 bits", () => call("GET", `/v2/template/${sms.template_id}/version/2147483648`), 404, "NoResultFound", "No result found"],
    ["a template version of 20 digits", () => call("GET", `/v2/template/${sms.template_id}/version/99999999999999999999`), 404, "NoResultFound", "No result found"],
  ])("%s gets a 4xx in Notify's envelope and stores nothing", async (_name, send, status, error, message) => {
    const before = await stored();
    expect(await send()).toEqual({ status, body: { status_code: status, errors: [{ error, message }] } });
    expect(await stored()).toBe(before);
  });
});
