// The /v2 fast path: routes found from app/v2's folders (literal segments before parameters), real
// route handlers called over real HTTP, Notify's envelopes and the security headers on the answers,
// and anything that is not /v2 left for Next.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_METHODS } from "../api/routing";
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
    expect(routeFor("/v2/notifications/2f0e6a4c-2b4d-4a59-9c39-0b1ccf2d2ab1/pdf")).toBe("v2/notifications/[notificationId]/pdf/route.ts");
    for (const unknown of ["/v2", "/v2/", "/v2/openapiXjson", "/v2/template/abc/version/3/extra", "/v2/notifications/abc/def/ghi"]) expect(routeFor(unknown)).toBe("v2/[[...path]]/route.ts");
  });

  it("exports every method from every route file (routeMethods), so Next never answers one with its empty 405", async () => {
    for (const route of routes) {
      const module = (await import(route.file)) as Record<string, unknown>;
      expect({ file: path.relative(APP_DIR, route.file), methods: [...ROUTE_METHODS, "OPTIONS"].filter((m) => typeof module[m] === "function") }).toEqual({
        file: path.relative(APP_DIR, route.file),
        methods: [...ROUTE_METHODS, "OPTIONS"],
      });
    }
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
    server.keepAliveTimeout = 65_000; // as the web server's
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

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

  it("says which methods a route takes, answers unknown /v2 paths itself, and leaves other paths to Next", async () => {
    const wrongMethod = await fetch(`${base}/v2/notifications/sms`, { method: "PUT", body: "{}" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("OPTIONS, POST");
    expect(wrongMethod.headers.get("x-frame-options")).toBe("DENY");
    expect(((await wrongMethod.json()) as { errors: { error: string }[] }).errors[0]?.error).toBe("MethodNotAllowed");
    const options = await fetch(`${base}/v2/templates`, { method: "OPTIONS" });
    expect([options.status, options.headers.get("allow")]).toEqual([204, "GET, HEAD, OPTIONS"]);
    const head = await fetch(`${base}/v2/openapi.json`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-type"), await head.text()]).toEqual([200, "application/json", ""]);
    for (const unknown of ["/v2", "/v2/nothing-here", "/v2/notifications/abc/def/ghi"]) {
      const response = await fetch(`${base}${unknown}`, { method: "DELETE" });
      expect([response.status, ((await response.json()) as { errors: { error: string }[] }).errors[0]?.error]).toEqual([404, "NotFound"]);
    }
    expect((await fetch(`${base}/v2x`)).status).toBe(299);
    expect((await fetch(`${base}/sign-in`)).status).toBe(299);
  });
});

const STATUS_LINE = /HTTP\/1\.1 (\d{3}) /g;

/** One raw keep-alive connection: what the server wrote on it, and whether (and when) it closed. */
async function rawConnection(base: string) {
  const { hostname, port } = new URL(base);
  const socket = net.connect(Number(port), hostname);
  await new Promise((resolve) => socket.once("connect", resolve));
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.on("error", () => undefined); // the server may close while the body is still being written
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return {
    socket,
    received: () => received,
    statuses: () => [...received.matchAll(STATUS_LINE)].map((m) => Number(m[1])),
    /** Resolves true once the server has answered `count` requests or closed the connection, false after `ms`. */
    settles: (count: number, ms: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        const check = () => {
          if ([...received.matchAll(STATUS_LINE)].length >= count) {
            clearTimeout(timer);
            resolve(true);
          }
        };
        socket.on("data", check);
        void closed.then(() => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    closed,
  };
}

describe("a body over the size cap", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    const dispatch = createApiDispatcher({ appDir: APP_DIR, origin: "https://notify.example.gov", headers: {} });
    server = http.createServer((req, res) => void dispatch(req, res));
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const oversize = 4 * 1024 * 1024;
  const next = "GET /v2/openapi.json HTTP/1.1\r\nHost: notify.example.gov\r\n\r\n";

  it("is refused with 413 and the connection closed, so the next request on it isn't left hanging", async () => {
    const connection = await rawConnection(base);
    connection.socket.write(`POST /v2/notifications/sms HTTP/1.1\r\nHost: notify.example.gov\r\nContent-Type: application/json\r\nContent-Length: ${oversize}\r\n\r\n`);
    connection.socket.write(Buffer.alloc(oversize, 0x20));
    connection.socket.write(next);
    expect(await connection.settles(2, 5_000)).toBe(true);
    await connection.closed;
    expect(connection.statuses()[0]).toBe(413);
    expect(connection.received()).toMatch(/^connection: close\r$/im);
    expect(connection.received()).toContain('"error":"RequestEntityTooLarge"');
  });

  it("is refused unread when Content-Length already says it is too large", async () => {
    const connection = await rawConnection(base);
    connection.socket.write(`POST /v2/notifications/email HTTP/1.1\r\nHost: notify.example.gov\r\nContent-Length: ${oversize}\r\n\r\n{"email_address":`);
    expect(await connection.settles(1, 2_000)).toBe(true);
    expect(connection.statuses()).toEqual([413]);
    await connection.closed;
  });

  it("leaves connections that were read to the end open for the next request", async () => {
    const connection = await rawConnection(base);
    const body = JSON.stringify({ phone_number: "+12025550123" });
    connection.socket.write(`POST /v2/notifications/sms HTTP/1.1\r\nHost: notify.example.gov\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}${next}`);
    expect(await connection.settles(2, 5_000)).toBe(true);
    expect(connection.statuses()).toEqual([401, 200]);
    expect(connection.received()).not.toMatch(/^connection: close/im);
    connection.socket.destroy();
  });
});
