// Requests no /v2 endpoint takes still get JSON in Notify's error envelope, table-driven: paths the
// API doesn't have (404 NotFound, at any depth, any method, no authentication needed), every method
// each real route doesn't have (405 MethodNotAllowed with an Allow header), and the letter PDF
// endpoint the client libraries call (400, as a letter send is), also through the official client.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import { signHs256 } from "../../lib/security/jwt";
import { createApiService, type ApiService } from "../fixtures/api";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const LETTERS = "Service is not allowed to send letters. Letters are not supported by this Notify.";

function token(key: string): string {
  return signHs256({ iss: key.slice(-73, -37), iat: Math.floor(Date.now() / 1000) }, key.slice(-36));
}

function envelope(status: number, error: string, message: string) {
  return { status_code: status, errors: [{ error, message }] };
}

async function call(request: APIRequestContext, method: string, path: string, headers: Record<string, string> = {}) {
  const response = await request.fetch(path, { method, headers, ...(method === "GET" || method === "DELETE" ? {} : { data: {} }) });
  const headersOut = response.headers();
  return { status: response.status(), type: headersOut["content-type"], allow: headersOut["allow"], body: await response.json().catch(() => null) };
}

let service: ApiService;

test.beforeAll(async () => {
  service = await createApiService();
});

test("a path the API doesn't have is a 404 in the envelope, whatever the method", async ({ request, baseURL }) => {
  const docs = `See the API documentation at ${baseURL}/api-documentation`;
  const auth = { authorization: `Bearer ${token(service.keys.normal)}` };
  const cases: [method: string, path: string, headers?: Record<string, string>][] = [
    ["GET", "/v2"],
    ["POST", "/v2"],
    ["GET", "/v2/nothing"],
    ["DELETE", "/v2/nothing"],
    ["GET", "/v2/nothing", auth],
    ["GET", "/v2/openapiXjson"],
    ["GET", "/v2/notification/abc"],
    ["PUT", "/v2/notifications/abc/def"],
    ["GET", "/v2/notifications/abc/def/ghi"],
    ["PATCH", `/v2/notifications/${randomUUID()}/pdf/extra`],
    ["GET", "/v2/template/abc/version/3/extra"],
    ["POST", "/v2/templates/abc"],
    ["OPTIONS", "/v2/nothing"],
  ];
  for (const [method, path, headers] of cases) {
    const pathname = new URL(path, baseURL).pathname;
    expect({ method, path, ...(await call(request, method, path, headers)) }).toEqual({
      method,
      path,
      status: 404,
      type: "application/json",
      allow: undefined,
      body: envelope(404, "NotFound", `${pathname} is not an endpoint of this API. ${docs}`),
    });
  }
});

test("every method a route doesn't have is a 405 in the envelope, with the methods it does have", async ({ request, baseURL }) => {
  const docs = `See the API documentation at ${baseURL}/api-documentation`;
  const id = randomUUID();
  const routes: [path: string, allowed: (typeof METHODS)[number]][] = [
    ["/v2/notifications", "GET"],
    ["/v2/notifications/sms", "POST"],
    ["/v2/notifications/email", "POST"],
    ["/v2/notifications/letter", "POST"],
    ["/v2/notifications/bulk", "POST"],
    [`/v2/notifications/${id}`, "GET"],
    [`/v2/notifications/${id}/pdf`, "GET"],
    [`/v2/template/${id}`, "GET"],
    [`/v2/template/${id}/version/2`, "GET"],
    [`/v2/template/${id}/preview`, "POST"],
    ["/v2/templates", "GET"],
    ["/v2/received-text-messages", "GET"],
    ["/v2/openapi.json", "GET"],
  ];
  for (const [path, allowed] of routes) {
    const allow = allowed === "GET" ? "GET, HEAD, OPTIONS" : "OPTIONS, POST";
    for (const method of METHODS.filter((m) => m !== allowed)) {
      expect({ method, path, ...(await call(request, method, path)) }).toEqual({
        method,
        path,
        status: 405,
        type: "application/json",
        allow,
        body: envelope(405, "MethodNotAllowed", `${path} does not accept ${method}, only ${allowed}. ${docs}`),
      });
    }
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect({ path, status: options.status(), allow: options.headers()["allow"] }).toEqual({ path, status: 204, allow });
  }
});

test("the letter PDF endpoint is authenticated, checks the id, then refuses as a letter send does", async ({ request }) => {
  const auth = { authorization: `Bearer ${token(service.keys.normal)}` };
  const cases: [name: string, path: string, headers: Record<string, string>, status: number, error: string, message: string][] = [
    ["valid key", `/v2/notifications/${randomUUID()}/pdf`, auth, 400, "BadRequestError", LETTERS],
    ["id not a UUID", "/v2/notifications/abc/pdf", auth, 400, "ValidationError", "notification_id is not a valid UUID"],
    ["no key", `/v2/notifications/${randomUUID()}/pdf`, {}, 401, "AuthError", "Unauthorized: authentication token must be provided"],
    ["letter send, for comparison", "/v2/notifications/letter", auth, 400, "BadRequestError", LETTERS],
  ];
  for (const [name, path, headers, status, error, message] of cases) {
    const method = path.endsWith("/letter") ? "POST" : "GET";
    const response = await call(request, method, path, headers);
    expect({ name, status: response.status, type: response.type, body: response.body }).toEqual({ name, status, type: "application/json", body: envelope(status, error, message) });
  }
});

test("the official client's getPdfForLetterNotification rejects with the API error, not a SyntaxError", async ({ baseURL }) => {
  const client = new NotifyClient(baseURL ?? "", service.keys.normal);
  const error = (await client.getPdfForLetterNotification(randomUUID()).then(
    () => null,
    (reason: unknown) => reason,
  )) as { name?: string; response?: { status: number; data: unknown } } | null;
  expect(error?.name).not.toBe("SyntaxError");
  expect(error?.response?.status).toBe(400);
  expect(error?.response?.data).toEqual(envelope(400, "BadRequestError", LETTERS));
});
