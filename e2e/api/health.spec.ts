import { expect, test } from "@playwright/test";

test("health reports the database and the worker as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { status: "ok" }, worker: { status: "ok" } });
  // Each lane's queue, for monitoring (it never changes the status).
  expect(Object.keys(body.queues)).toEqual(["priority", "normal", "bulk"]);
  expect(body.queues.bulk).toMatchObject({ backlog: expect.any(Number), otherJobs: expect.any(Number), handedOverLastMinute: expect.any(Number) });
  expect(body.queues.bulk.oldestWaitingSeconds === null || typeof body.queues.bulk.oldestWaitingSeconds === "number").toBe(true);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("every response carries strict security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("API answers, served outside Next, carry the same security headers", async ({ request }) => {
  for (const response of [await request.get("/v2/openapi.json"), await request.post("/v2/notifications/sms", { data: {} }), await request.get("/v2/no-such-thing")]) {
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("a path with broken percent-encoding gets the answer any unknown path gets, with the security headers", async ({ request }) => {
  const broken = await request.get("/services/%E0%A4%A", { maxRedirects: 0 });
  const unknown = await request.get("/services/not-a-service", { maxRedirects: 0 });
  expect(broken.status()).toBe(unknown.status());
  expect(broken.headers()["location"]).toBe(unknown.headers()["location"]);
  for (const response of [broken, await request.get("/v2/template/%E0%A4%A")]) {
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toContain("max-age=");
  }
  expect(broken.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a fresh nonce is issued on every request", async ({ request }) => {
  const nonce = async () => (await request.get("/")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const [first, second] = [await nonce(), await nonce()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});
