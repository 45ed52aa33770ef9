// The wrapper every /v2 route handler uses: authenticate (Notify's JWT rules), count the request
// against the rate limit (with RateLimit-* headers on every answer), read JSON bodies leniently
// (any content type, a size cap), refuse the NUL character anywhere in a query or body (PostgreSQL
// can't store it), and turn every failure into Notify's error envelope.
import { findNul, nulMessage } from "../domain/text/nul";
import { AppError } from "../errors";
import { authenticateApiRequest, type ApiCaller } from "../services/api-keys/authenticate";
import { takeRateLimit } from "../services/api-keys/rate-limit";
import { apiErrorResponse, jsonResponse } from "./errors";

/** Bigger than any valid request (an email with a 2 MB file attached, base64-encoded). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

export type ApiContext<P> = { request: Request; url: URL; caller: ApiCaller; params: P };

export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let headers: Record<string, string> = {};
    try {
      const caller = await authenticateApiRequest(request.headers.get("authorization"));
      const rate = await takeRateLimit(caller);
      headers = { "ratelimit-limit": String(rate.limit), "ratelimit-remaining": String(rate.remaining), "ratelimit-reset": String(rate.resetSeconds) };
      if (rate.error) return apiErrorResponse(rate.error, { ...headers, "retry-after": String(rate.resetSeconds) });
      const url = new URL(request.url);
      // Every value of a repeated parameter (?reference=a&reference=b), not just one.
      const nulParameter = [...url.searchParams].find(([name, value]) => findNul(name) ?? findNul(value));
      if (nulParameter) refuseNul({ [nulParameter[0]]: nulParameter[1] });
      const response = await handler({ request, url, caller, params: await context.params });
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return apiErrorResponse(error, headers);
    }
  };
}

/** The request body as JSON (an empty body is `undefined`); Notify's message for anything unreadable. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw tooLarge();
  const buffer = await request.arrayBuffer();
  if (buffer.byteLength > MAX_BODY_BYTES) throw tooLarge();
  const text = new TextDecoder().decode(buffer);
  if (!text.trim()) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid JSON supplied in POST data");
  }
  refuseNul(body);
  return body;
}

/** A ValidationError naming the first field (or query parameter) with a NUL character. */
function refuseNul(value: unknown): void {
  const field = findNul(value);
  if (field) throw new AppError("VALIDATION", nulMessage(field), { problems: [nulMessage(field)] });
}

export function tooLarge(): AppError {
  return new AppError("BAD_REQUEST", "Request is too large. The largest request the API accepts is 3 MB.", { reason: "request-too-large" });
}

export { jsonResponse };
