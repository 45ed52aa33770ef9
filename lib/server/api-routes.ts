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
import { methodNotAllowedResponse, ROUTE_METHODS } from "../api/routing";

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteModule = Partial<Record<string, RouteHandler>>;
type Route = { pattern: RegExp; names: string[]; catchAll?: string; file: string; module?: RouteModule };

/**
 * Every app/v2 route file as a URL pattern, in Next's order: "[templateId]" segments become
 * parameters, "[...path]" / "[[...path]]" (optional) catch the rest of the path as a list, and a
 * route with fewer parameters goes first, catch-alls last.
 */
export function discoverApiRoutes(appDir: string): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === "route.ts" || entry.name === "route.js") {
        const names: string[] = [];
        let catchAll: string | undefined;
        const source = segments
          .map((segment) => {
            const rest = /^(\[)?\[\.\.\.(\w+)\]\]?$/.exec(segment);
            if (rest?.[2]) {
              catchAll = rest[2];
              return rest[1] ? "(?:/(.+?))?" : "/(.+?)";
            }
            const param = /^\[(\w+)\]$/.exec(segment);
            if (!param?.[1]) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
            names.push(param[1]);
            return "/([^/]+)";
          })
          .join("");
        routes.push({ pattern: new RegExp(`^${source}/?$`), names, catchAll, file: path.join(dir, entry.name) });
      }
    }
  };
  walk(path.join(appDir, "v2"), ["v2"]);
  // Literal segments first, so /v2/notifications/sms is never taken for /v2/notifications/[id].
  return routes.sort((a, b) => Number(Boolean(a.catchAll)) - Number(Boolean(b.catchAll)) || a.names.length - b.names.length);
}

/** A matched route's params as Next gives them: strings, and a catch-all as its list of segments (absent when empty). */
function paramsOf(route: Route, match: RegExpExecArray): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
  const rest = match[route.names.length + 1];
  if (route.catchAll && rest) params[route.catchAll] = rest.split("/").map(decodeURIComponent);
  return params;
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
    if (pathname !== "/v2" && !pathname.startsWith("/v2/")) return false;
    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      route.module ??= (await import(pathToFileURL(route.file).href)) as RouteModule;
      const method = req.method ?? "GET";
      // As Next does: HEAD runs GET (Node leaves the body out of the answer).
      const handler = route.module[method] ?? (method === "HEAD" ? route.module.GET : undefined);
      if (!handler) {
        // Only for a route file that doesn't export every method through routeMethods (lib/api/routing.ts).
        const allowed = ROUTE_METHODS.filter((m) => route.module?.[m]);
        await writeResponse(req, res, methodNotAllowedResponse(method, pathname, allowed), headers);
        return true;
      }
      let response: Response;
      try {
        response = await handler(await toRequest(req, origin), { params: Promise.resolve(paramsOf(route, match)) });
      } catch (error) {
        response = apiErrorResponse(error); // a handler's own failures are answered inside it; this is the last resort
      }
      await writeResponse(req, res, response, headers);
      return true;
    }
    return false;
  };
}
