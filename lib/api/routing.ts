// What /v2 answers for a request no endpoint takes, in Notify's error envelope like every other /v2
// answer: 404 for a path the API doesn't have (app/v2/[[...path]]/route.ts), 405 for a method a
// route doesn't have.
//
// Next answers a method a route file doesn't export with an empty 405 (and the /v2 server,
// lib/server/api-routes.ts, calls the same exports), so every app/v2 route file exports all of
// them through `routeMethods`: the handlers it has, and for the rest one that answers 405. OPTIONS is
// answered here too, because Next's automatic OPTIONS would list those 405 handlers as allowed.
import { getEnv } from "../env";
import { jsonResponse, type ApiErrorBody } from "./errors";

/** The methods Next takes from a route file's exports (HEAD runs GET; OPTIONS is routeMethods' own). */
export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;
export type RouteMethods<P> = Record<RouteMethod | "OPTIONS", Handler<P>>;

function errorResponse(status: number, error: string, message: string, headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { status_code: status, errors: [{ error, message }] };
  return jsonResponse(body, status, headers);
}

function documentationPointer(): string {
  return `See the API documentation at ${getEnv().NOTIFY_BASE_URL.replace(/\/$/, "")}/api-documentation`;
}

/** 404 for a path the API doesn't have, whatever the method (no authentication needed to be told). */
export function unknownPathResponse(request: Request): Response {
  return errorResponse(404, "NotFound", `${new URL(request.url).pathname} is not an endpoint of this API. ${documentationPointer()}`);
}

/**
 * 405 for a method the route at that path doesn't take. `allowed` are the route's own methods
 * (for the message); the Allow header adds HEAD (when it has GET) and OPTIONS, which it also answers.
 */
export function methodNotAllowedResponse(method: string, pathname: string, allowed: readonly string[]): Response {
  const only = allowed.length ? `, only ${allowed.join(" or ")}` : "";
  return errorResponse(405, "MethodNotAllowed", `${pathname} does not accept ${method}${only}. ${documentationPointer()}`, { allow: allowHeader(allowed) });
}

function allowHeader(allowed: readonly string[]): string {
  return [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
}

/**
 * A route file's exports: its handlers, and a 405 for every other method. Use as
 * `export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({ GET: apiRoute(…) })`.
 */
export function routeMethods<P>(handlers: Partial<Record<RouteMethod, Handler<P>>>): RouteMethods<P> {
  const allowed = ROUTE_METHODS.filter((method) => handlers[method]);
  const notAllowed: Handler<P> = (request) => methodNotAllowedResponse(request.method, new URL(request.url).pathname, allowed);
  const options: Handler<P> = () => new Response(null, { status: 204, headers: { allow: allowHeader(allowed) } });
  return {
    GET: handlers.GET ?? notAllowed,
    POST: handlers.POST ?? notAllowed,
    PUT: handlers.PUT ?? notAllowed,
    PATCH: handlers.PATCH ?? notAllowed,
    DELETE: handlers.DELETE ?? notAllowed,
    OPTIONS: options,
  };
}
