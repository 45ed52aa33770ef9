// Every failure the API answers, table-driven, with Notify's exact envelope: authentication,
// validation, templates, trial mode and key types, limits, and idempotent retries.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signHs256 } from "../../lib/security/jwt";
import { createApiService, type ApiService } from "../fixtures/api";
import { withDatabase } from "../fixtures/database";

function credentials(key: string) {
  return { serviceId: key.slice(-73, -37), secret: key.slice(-36) };
}

function token(key: string, claims: Record<string, unknown> = {}): string {
  const { serviceId, secret } = credentials(key);
  return signHs256({ iss: serviceId, iat: Math.floor(Date.now() / 1000), ...claims }, secret);
}

const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

function envelope(status: number, error: string, ...messages: string[]) {
  return { status_code: status, errors: messages.map((message) => ({ error, message })) };
}

async function call(request: APIRequestContext, method: "GET" | "POST", path: string, headers: Record<string, string>, body?: unknown) {
  const response = await request.fetch(path, { method, headers, ...(body === undefined ? {} : typeof body === "string" ? { data: body } : { data: body }) });
  return { status: response.status(), body: await response.json().catch(() => null), headers: response.headers() };
}

let live: ApiService;
let trial: ApiService;

test.beforeAll(async () => {
  live = await createApiService();
  trial = await createApiService({ restricted: true });
});

test("authentication failures", async ({ request }) => {
  const { serviceId, secret } = credentials(live.keys.normal);
  const header = (alg: string) => Buffer.from(JSON.stringify({ typ: "JWT", alg })).toString("base64url");
  const claims = Buffer.from(JSON.stringify({ iss: serviceId, iat: Math.floor(Date.now() / 1000) })).toString("base64url");
  const cases: [string, Record<string, string>, number, string][] = [
    ["no header", {}, 401, "Unauthorized: authentication token must be provided"],
    ["not bearer", { authorization: `Basic ${secret}` }, 401, "Unauthorized: authentication bearer scheme must be used"],
    ["not a JWT", bearer("not-a-token"), 403, "Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header"],
    ["no iss", bearer(signHs256({ iat: Math.floor(Date.now() / 1000) }, secret)), 403, "Invalid token: iss field not provided"],
    ["iss not a UUID", bearer(signHs256({ iss: "abc", iat: Math.floor(Date.now() / 1000) }, secret)), 403, "Invalid token: service id is not the right data type"],
    ["unknown service", bearer(signHs256({ iss: randomUUID(), iat: Math.floor(Date.now() / 1000) }, secret)), 403, "Invalid token: service not found"],
    ["wrong secret", bearer(signHs256({ iss: serviceId, iat: Math.floor(Date.now() / 1000) }, randomUUID())), 403, "Invalid token: API key not found"],
    ["iat too old", bearer(token(live.keys.normal, { iat: Math.floor(Date.now() / 1000) - 60 })), 403, "Error: Your system clock must be accurate to within 30 seconds"],
    ["iat in the future", bearer(token(live.keys.normal, { iat: Math.floor(Date.now() / 1000) + 60 })), 403, "Error: Your system clock must be accurate to within 30 seconds"],
    ["no iat", bearer(signHs256({ iss: serviceId }, secret)), 403, "Invalid token: iat field not provided"],
    ["revoked key", bearer(token(live.keys.revoked)), 403, "Invalid token: API key revoked"],
    ["another algorithm", bearer(`${header("HS512")}.${claims}.c2ln`), 403, "Invalid token: algorithm used is not HS256"],
    ["unsigned", bearer(`${header("none")}.${claims}.`), 403, "Invalid token: algorithm used is not HS256"],
  ];
  for (const [name, headers, status, message] of cases) {
    const response = await call(request, "GET", "/v2/templates", headers);
    expect({ name, status: response.status, body: response.body }).toEqual({ name, status, body: envelope(status, "AuthError", message) });
  }
  // A suspended service's keys stop working.
  const suspended = await createApiService();
  await withDatabase((client) => client.query(`UPDATE services SET active = false WHERE id = $1`, [suspended.serviceId]));
  const response = await call(request, "GET", "/v2/templates", bearer(token(suspended.keys.normal)));
  expect(response.body).toEqual(envelope(403, "AuthError", "Invalid token: service is archived"));
});

test("request and content failures", async ({ request }) => {
  const auth = bearer(token(live.keys.normal));
  const other = await createApiService();
  await withDatabase((client) => client.query(`UPDATE templates SET archived = true WHERE id = $1`, [other.emailTemplateId]));
  const otherAuth = bearer(token(other.keys.normal));
  const sms = (body: unknown, headers = auth) => call(request, "POST", "/v2/notifications/sms", headers, body);
  const cases: [string, Promise<{ status: number; body: unknown }>, number, string, ...string[]][] = [
    ["empty body", sms({}), 400, "ValidationError", "phone_number is a required property", "template_id is a required property"],
    ["bad UUID and unknown field", sms({ phone_number: "+12025550123", template_id: "123", colour: "red" }), 400, "ValidationError", "template_id is not a valid UUID", "Additional properties are not allowed (colour was unexpected)"],
    ["malformed JSON", sms("{not json"), 400, "BadRequestError", "Invalid JSON supplied in POST data"],
    ["bad phone number", sms({ phone_number: "12345", template_id: live.smsTemplateId, personalisation: { name: "A" } }), 400, "ValidationError", "phone_number Not enough digits"],
    ["another service's template", sms({ phone_number: "+12025550123", template_id: other.smsTemplateId }), 400, "BadRequestError", "Template not found"],
    ["wrong template type", call(request, "POST", "/v2/notifications/email", auth, { email_address: "a@b.gov", template_id: live.smsTemplateId }), 400, "BadRequestError", "sms template is not suitable for email notification"],
    ["deleted template", call(request, "POST", "/v2/notifications/email", otherAuth, { email_address: "a@b.gov", template_id: other.emailTemplateId, personalisation: { name: "A" } }), 400, "BadRequestError", "Template has been deleted"],
    ["missing personalisation", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId }), 400, "BadRequestError", "Missing personalisation: name"],
    ["too long", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "x".repeat(1000) } }), 400, "BadRequestError", "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 1054 characters long."],
    ["100,000 characters", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "x".repeat(100_000) } }), 400, "BadRequestError", "Your message is too long. Text messages cannot be longer than 918 characters. Your message is 100054 characters long."],
    ["a NUL in the reference", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "A" }, reference: "order\u0000 42" }), 400, "ValidationError", "reference must not contain the NUL character (\\u0000) or an unpaired surrogate (like \\ud800)"],
    ["a 10,000-character Idempotency-Key", call(request, "POST", "/v2/notifications/sms", { ...auth, "idempotency-key": "k".repeat(10_000) }, { phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "A" } }), 400, "BadRequestError", "Idempotency-Key must be 255 characters or fewer"],
    ["a template version past 32 bits", call(request, "GET", `/v2/template/${live.smsTemplateId}/version/2147483648`, auth), 404, "NoResultFound", "No result found"],
    ["unknown sender", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "A" }, sms_sender_id: other.smsSenderId }), 400, "BadRequestError", `sms_sender_id ${other.smsSenderId} does not exist in database for service id ${live.serviceId}`],
    ["trial mode", sms({ phone_number: "+12025550123", template_id: trial.smsTemplateId, personalisation: { name: "A" } }, bearer(token(trial.keys.normal))), 400, "BadRequestError", "Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode"],
    ["team key", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "A" } }, bearer(token(live.keys.team))), 400, "BadRequestError", "Can’t send to this recipient using a team-only API key"],
    ["a file by text message", sms({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: { file: "JVBERi0=" } } }), 400, "BadRequestError", "Can only send a file by email"],
    ["letters", call(request, "POST", "/v2/notifications/letter", auth, { template_id: live.smsTemplateId }), 400, "BadRequestError", "Service is not allowed to send letters. Letters are not supported by this Notify."],
    ["notification id not a UUID", call(request, "GET", "/v2/notifications/abc", auth), 400, "ValidationError", "notification_id is not a valid UUID"],
    ["unknown notification", call(request, "GET", `/v2/notifications/${randomUUID()}`, auth), 404, "NoResultFound", "No result found"],
    ["unknown template", call(request, "GET", `/v2/template/${randomUUID()}`, auth), 404, "NoResultFound", "No result found"],
    ["bad list filter", call(request, "GET", "/v2/notifications?template_type=fax&page=2", auth), 400, "ValidationError", "template_type fax is not one of [sms, email, letter]", "Additional properties are not allowed (page was unexpected)"],
    ["bad template type", call(request, "GET", "/v2/templates?type=fax", auth), 400, "ValidationError", "type fax is not one of [sms, email, letter]"],
    ["oversized body", sms(JSON.stringify({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "x".repeat(3_200_000) } })), 413, "RequestEntityTooLarge", "Request is too large. The largest request the API accepts is 3 MB."],
  ];
  for (const [name, pending, status, error, ...messages] of cases) {
    const response = await pending;
    expect({ name, status: response.status, body: response.body }).toEqual({ name, status, body: envelope(status, error, ...messages) });
  }
  // The content type is not checked (Notify parses leniently): JSON sent as text/plain works.
  const lenient = await call(request, "POST", "/v2/notifications/sms", { ...auth, "content-type": "text/plain" }, JSON.stringify({ phone_number: "+12025550123", template_id: live.smsTemplateId, personalisation: { name: "A" } }));
  expect(lenient.status).toBe(201);
});

test("daily and rate limits", async ({ request }) => {
  const limited = await createApiService();
  await withDatabase((client) => client.query(`UPDATE services SET sms_message_limit = 1, rate_limit = 3 WHERE id = $1`, [limited.serviceId]));
  const body = { phone_number: limited.userMobile, template_id: limited.smsTemplateId, personalisation: { name: "A" } };
  const first = await call(request, "POST", "/v2/notifications/sms", bearer(token(limited.keys.team)), body);
  expect(first.status).toBe(201);
  expect(first.headers["ratelimit-limit"]).toBe("3");
  expect(first.headers["ratelimit-remaining"]).toBe("2");
  const second = await call(request, "POST", "/v2/notifications/sms", bearer(token(limited.keys.team)), body);
  expect(second.body).toEqual(envelope(429, "TooManyRequestsError", "Exceeded send limits (sms: 1) for today"));
  // Test keys don't count towards the daily limit.
  expect((await call(request, "POST", "/v2/notifications/sms", bearer(token(limited.keys.test)), body)).status).toBe(201);
  await call(request, "GET", "/v2/templates", bearer(token(limited.keys.team)));
  const fourth = await call(request, "GET", "/v2/templates", bearer(token(limited.keys.team)));
  expect(fourth.body).toEqual(envelope(429, "RateLimitError", "Exceeded rate limit for key type TEAM of 3 requests per 60 seconds"));
  expect(fourth.headers["retry-after"]).toMatch(/^\d+$/);
});

test("Idempotency-Key: a retry returns the first response and sends once; a different body is refused", async ({ request }) => {
  const service = await createApiService();
  const key = randomUUID();
  const body = { phone_number: "+12025550123", template_id: service.smsTemplateId, personalisation: { name: "A" } };
  const headers = () => ({ ...bearer(token(service.keys.normal)), "idempotency-key": key });
  const [a, b] = await Promise.all([call(request, "POST", "/v2/notifications/sms", headers(), body), call(request, "POST", "/v2/notifications/sms", headers(), body)]);
  expect(a.status).toBe(201);
  expect(b.status).toBe(201);
  expect(b.body).toEqual(a.body);
  const again = await call(request, "POST", "/v2/notifications/sms", headers(), body);
  expect(again.body).toEqual(a.body);
  expect(again.headers["idempotent-replayed"]).toBe("true");
  const count = await withDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM notifications WHERE service_id = $1`, [service.serviceId])).rows[0].n as number);
  expect(count).toBe(1);
  const different = await call(request, "POST", "/v2/notifications/sms", headers(), { ...body, personalisation: { name: "B" } });
  expect(different.body).toEqual(envelope(409, "IdempotencyKeyError", "This Idempotency-Key was already used with a different request"));
});
