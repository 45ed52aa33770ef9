// Generated requests against every /v2 route (fast-check): paths with arbitrary or broken segments,
// every method, arbitrary query strings, headers and bodies – from random JSON to valid sends with
// one field replaced. Whatever arrives, the API never answers 5xx, every refusal is Notify's
// envelope, and a refused request stores nothing. The web server's /v2 path over real HTTP.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeyedSender, startApiServer, type ApiServer } from "../../testing/api-server";
import { getDb } from "../db/client";
import { errorResponseSchema } from "../schemas/api-responses";

let server: ApiServer;
let sender: Awaited<ReturnType<typeof createKeyedSender>>;

beforeAll(async () => {
  server = await startApiServer();
  sender = await createKeyedSender();
  // Room to accept what the generator makes valid, so limits don't hide other answers.
  await getDb().service.update({ where: { id: sender.serviceId }, data: { smsMessageLimit: 100_000, emailMessageLimit: 100_000, rateLimit: 100_000 } });
});
afterAll(() => server.close());

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** A path segment: a real id, a number, text (percent-encoded), or a broken escape. */
const segment = () =>
  fc.oneof(
    fc.constant(sender.body.template_id),
    fc.uuid(),
    fc.nat().map(String),
    fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
    fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%00", "..", "%2F", "sms", "email", "letter", "bulk", "preview", "version", "pdf"),
  );

const path = () =>
  fc.oneof(
    fc.tuple(fc.constantFrom("notifications", "template", "templates", "received-text-messages", "openapi.json", "nothing"), fc.array(segment(), { maxLength: 4 })).map(([first, rest]) => `/v2/${[first, ...rest].join("/")}`),
    fc.constantFrom("/v2/notifications/sms", "/v2/notifications/email", "/v2/notifications/bulk", "/v2/notifications/letter", "/v2/notifications", "/v2/templates", "/v2/received-text-messages"),
    segment().map((id) => `/v2/template/${id}/version/${id}`),
  );

const query = () =>
  fc.array(fc.tuple(fc.constantFrom("template_type", "status", "reference", "older_than", "include_jobs", "type", "x"), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("sms", "email", "letter", "delivered", "failed", "%00", "%E0%A4%A"))), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${/^%/.test(v) ? v : encodeURIComponent(v)}`).join("&")}` : ""));

/** Strings that have broken things before: NUL, lone surrogates, huge, and everything in between. */
const nasty = () =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom("\u0000", "order\u0000 42", "\uD800", "x".repeat(100_000), "((name))", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", " ", ""),
  );

/** A valid send with one field (or one personalisation value) replaced by anything, or anything JSON at all. */
const body = () =>
  fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }).map((value) => JSON.stringify(value)),
    fc
      .tuple(
        fc.constantFrom("phone_number", "email_address", "template_id", "personalisation", "reference", "sms_sender_id", "email_reply_to_id", "scheduled_for", "one_click_unsubscribe_url", "rows", "name"),
        fc.oneof(fc.jsonValue({ maxDepth: 2, stringUnit: "binary" }), nasty()),
      )
      .map(([field, value]) => JSON.stringify({ ...sender.body, [field]: value })),
    fc.tuple(fc.oneof(fc.constant("name"), nasty()), nasty()).map(([key, value]) => JSON.stringify({ ...sender.body, personalisation: { name: "Ada", [key]: value } })),
    fc.string({ unit: "binary", maxLength: 200 }),
  );

const headers = () =>
  fc.record({
    authorization: fc.oneof({ arbitrary: fc.constant("valid"), weight: 4 }, fc.constant(undefined), fc.string({ maxLength: 40 }).map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, "")}`)),
    idempotency: fc.option(fc.string({ unit: "grapheme-ascii", maxLength: 300 }), { nil: undefined }),
    contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", undefined),
  });

const stored = () => getDb().notification.count({ where: { serviceId: sender.serviceId } });

/** A request for a real route and method, with generated parts, or anything at all. */
const request = () =>
  fc.oneof(
    { arbitrary: fc.record({ method: fc.constantFrom("POST"), path: fc.constantFrom("/v2/notifications/sms", "/v2/notifications/email", "/v2/notifications/bulk"), search: fc.constant(""), payload: body() }), weight: 4 },
    { arbitrary: fc.record({ method: fc.constant("POST"), path: segment().map((id) => `/v2/template/${id}/preview`), search: fc.constant(""), payload: body() }), weight: 1 },
    { arbitrary: fc.record({ method: fc.constant("GET"), path: fc.oneof(fc.constantFrom("/v2/notifications", "/v2/templates", "/v2/received-text-messages"), path()), search: query(), payload: fc.constant(undefined) }), weight: 2 },
    { arbitrary: fc.record({ method: fc.constantFrom(...METHODS), path: path(), search: query(), payload: body() }), weight: 2 },
  );

describe("the API under generated requests", () => {
  it("never answers 5xx, refuses in Notify's envelope, and stores nothing it refused", async () => {
    await fc.assert(
      fc.asyncProperty(request(), headers(), async ({ method, path: pathname, search, payload }, head) => {
        const requestHeaders: Record<string, string> = {};
        if (head.authorization) requestHeaders.authorization = head.authorization === "valid" ? sender.authorization() : head.authorization;
        if (head.idempotency !== undefined) requestHeaders["idempotency-key"] = head.idempotency;
        if (head.contentType) requestHeaders["content-type"] = head.contentType;
        const before = await stored();
        const withBody = method !== "GET" && payload !== undefined;
        const response = await fetch(`${server.base}${pathname}${search}`, { method, headers: requestHeaders, ...(withBody ? { body: payload } : {}) });
        const text = await response.text();
        const label = `${method} ${pathname}${search} ${withBody ? payload.slice(0, 120) : ""} → ${response.status} ${text.slice(0, 200)}`;
        expect(response.status, label).toBeLessThan(500);
        if (response.status >= 400) {
          expect(errorResponseSchema.safeParse(JSON.parse(text)).success, label).toBe(true);
          expect(await stored(), label).toBe(before);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), interruptAfterTimeLimit: 40_000 },
    );
  }, 60_000);
});
