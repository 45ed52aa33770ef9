// One POST to a service's callback URL, as Notify makes it: JSON body, `Authorization: Bearer`,
// a timeout, and a verdict on what to do next. Retry on a network error, a timeout, 429 or any
// 5xx; drop on other 4xx (the service told us the request itself is wrong); never follow redirects.

export type CallbackOutcome = { result: "delivered" } | { result: "retry"; reason: string } | { result: "drop"; reason: string };

export type CallbackPoster = (request: { url: string; bearerToken: string; payload: unknown; timeoutMs: number }) => Promise<CallbackOutcome>;

export const postCallback: CallbackPoster = async ({ url, bearerToken, payload, timeoutMs }) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearerToken}`, "User-Agent": "Notify-callbacks" },
      body: JSON.stringify(payload),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is not used; read it so the connection can be reused.
    await response.arrayBuffer().catch(() => undefined);
  } catch (error) {
    const name = (error as Error).name;
    return { result: "retry", reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network error" };
  }
  if (response.status >= 200 && response.status < 300) return { result: "delivered" };
  if (response.status === 429 || response.status >= 500) return { result: "retry", reason: `HTTP ${response.status}` };
  return { result: "drop", reason: `HTTP ${response.status}` };
};

