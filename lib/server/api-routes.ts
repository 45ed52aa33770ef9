// The /v2 API served straight from Node's HTTP server, without Next's request pipeline (which alone
// costs more per request than the whole send does). The route handlers are the very same modules
// Next serves under app/v2 – found from the folder layout, so a new route file needs no registration
// here – called with a standard Request and their params; their Response is written back as is.
import { readdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { apiErrorResponse } from "../api/errors";
import { MAX_BODY_BYTES, tooLarge } from "../api/handler";

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<string, RouteHandler>>;
type Route = { pattern: RegExp; names: string[]; file: string; module?: RouteModule };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Every app/v2 route file as a URL pattern: "[templateId]" segments become named parameters. */
export function discoverApiRoutes(appDir: string): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === "route.ts" || entry.name === "route.js") {
        const names: string[] = [];
        const source = segments
          .map((segment) => {
            const param = /^\[(\w+)\]$/.exec(segment);
            if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            names.push(param[1]);
            return "([^/]+)";
          })
          .join("/");
        routes.push({ pattern: new RegExp(`^/${source}/?$`), names, file: path.join(dir, entry.name) });
      }
    }
  };
  walk(path.join(appDir, "v2"), ["v2"]);
  // Literal segments first, so /v2/notifications/sms is never taken for /v2/notifications/[id].
  return routes.sort((a, b) => a.names.length - b.names.length);
}

/** The request body, read whole (API bodies are small JSON); more than the API accepts is refused unread. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Node request → Fetch Request. A Buffer body costs far less per request than a bridged stream. */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, ...(hasBody ? { body: new Uint8Array(await readBody(req)) } : {}) });
}

/**
 * Writes the answer. One given before the request body was read to its end (a body over the size
 * cap, a method the route doesn't take) also closes the connection: what is left of the body would
 * otherwise sit unread in front of the client's next request on it, which then never gets an answer.
 */
async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (!req.complete) headers.connection = "close";
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

export type ApiDispatcher = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Handles the request if it is for /v2 (returns true), else returns false for Next to serve it.
 * `headers` are added to every answer (the same security headers Next adds to its own).
 */
export function createApiDispatcher({ appDir, origin, headers }: { appDir: string; origin: string; headers: Record<string, string> }): ApiDispatcher {
  const routes = discoverApiRoutes(appDir);
  return async (req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    if (!pathname.startsWith("/v2/")) return false;
    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      route.module ??= (await import(pathToFileURL(route.file).href)) as RouteModule;
      const method = req.method ?? "GET";
      const handler = route.module[method];
      if (!handler) {
        const allowed = METHODS.filter((m) => route.module?.[m]);
        await writeResponse(req, res, new Response(null, { status: 405, headers: { allow: allowed.join(", ") } }), headers);
        return true;
      }
      let response: Response;
      try {
        const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
        response = await handler(await toRequest(req, origin), { params: Promise.resolve(params) });
      } catch (error) {
        response = apiErrorResponse(error); // a handler's own failures are answered inside it; this is the last resort
      }
      await writeResponse(req, res, response, headers);
      return true;
    }
    return false;
  };
}
