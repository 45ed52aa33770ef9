// The /v2 fast path: routes found from app/v2's folders (literal segments before parameters), real
// route handlers called over real HTTP, Notify's envelopes and the security headers on the answers,
// and anything that is not /v2 left for Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiDispatcher, discoverApiRoutes } from "./api-routes";

const APP_DIR = path.join(process.cwd(), "app");

describe("discoverApiRoutes", () => {
  const routes = discoverApiRoutes(APP_DIR);
  const routeFor = (pathname: string) => {
    const route = routes.find((r) => r.pattern.test(pathname));
    return route ? path.relative(APP_DIR, route.file) : undefined;
  };

  it("maps every API path to its route file, preferring literal segments over parameters", () => {
    expect(routeFor("/v2/notifications/sms")).toBe("v2/notifications/sms/route.ts");
    expect(routeFor("/v2/notifications/bulk")).toBe("v2/notifications/bulk/route.ts");
    expect(routeFor("/v2/notifications/2f0e6a4c-2b4d-4a59-9c39-0b1ccf2d2ab1")).toBe("v2/notifications/[notificationId]/route.ts");
    expect(routeFor("/v2/notifications")).toBe("v2/notifications/route.ts");
    expect(routeFor("/v2/template/abc/version/3")).toBe("v2/template/[templateId]/version/[version]/route.ts");
    expect(routeFor("/v2/template/abc/preview")).toBe("v2/template/[templateId]/preview/route.ts");
    expect(routeFor("/v2/openapi.json")).toBe("v2/openapi.json/route.ts");
    expect(routeFor("/v2/openapiXjson")).toBeUndefined();
    expect(routeFor("/v2/template/abc/version/3/extra")).toBeUndefined();
  });
});

describe("createApiDispatcher over HTTP", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    const dispatch = createApiDispatcher({ appDir: APP_DIR, origin: "https://notify.example.gov", headers: { "x-frame-options": "DENY" } });
    server = http.createServer((req, res) => {
      void dispatch(req, res).then((handled) => {
        if (!handled) {
          res.writeHead(299);
          res.end("left for Next");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers with the route handler's own response and the extra headers", async () => {
    const response = await fetch(`${base}/v2/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(((await response.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
  });

  it("streams request bodies to POST handlers and keeps Notify's error envelope", async () => {
    const response = await fetch(`${base}/v2/notifications/sms`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phone_number: "+12025550123" }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ status_code: 401, errors: [{ error: "AuthError", message: "Unauthorized: authentication token must be provided" }] });
  });

  it("says which methods a route takes, and leaves other paths to Next", async () => {
    const wrongMethod = await fetch(`${base}/v2/notifications/sms`, { method: "PUT" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect((await fetch(`${base}/v2/nothing-here`)).status).toBe(299);
    expect((await fetch(`${base}/sign-in`)).status).toBe(299);
  });
});
