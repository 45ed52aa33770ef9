import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { routeMethods, unknownPathResponse } from "./routing";

const saved = { ...process.env };
const DOCS = "See the API documentation at https://notify.example.gov/api-documentation";

beforeAll(() => {
  process.env = { ...saved, DATABASE_URL: "postgresql://127.0.0.1:5432/unused", NOTIFY_BASE_URL: "https://notify.example.gov/" };
  resetEnvCache();
});

afterAll(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const context = { params: Promise.resolve({}) };
const request = (method: string, path: string) => new Request(`https://notify.example.gov${path}`, { method });

async function answer(response: Response) {
  return { status: response.status, type: response.headers.get("content-type"), allow: response.headers.get("allow"), body: await response.json() };
}

describe("routeMethods", () => {
  const ok = () => new Response("ok");

  it("keeps the route's own handlers", () => {
    const methods = routeMethods({ GET: ok });
    expect(methods.GET).toBe(ok);
  });

  it("answers every other method with 405 in Notify's envelope, naming the methods the route takes", async () => {
    const methods = routeMethods({ POST: ok });
    for (const method of ["GET", "PUT", "PATCH", "DELETE"] as const) {
      expect(await answer(await methods[method](request(method, "/v2/notifications/sms"), context))).toEqual({
        status: 405,
        type: "application/json",
        allow: "OPTIONS, POST",
        body: { status_code: 405, errors: [{ error: "MethodNotAllowed", message: `/v2/notifications/sms does not accept ${method}, only POST. ${DOCS}` }] },
      });
    }
  });

  it("lists HEAD as allowed where GET is, and several methods with 'or'", async () => {
    const methods = routeMethods({ GET: ok, POST: ok });
    const response = await methods.DELETE(request("DELETE", "/v2/things"), context);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect((await response.json()).errors[0].message).toBe(`/v2/things does not accept DELETE, only GET or POST. ${DOCS}`);
  });

  it("answers OPTIONS with the same Allow header and no body (not Next's, which would list the 405s)", async () => {
    const response = await routeMethods({ GET: ok }).OPTIONS(request("OPTIONS", "/v2/templates"), context);
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.text()).toBe("");
  });
});

describe("unknownPathResponse", () => {
  it("is a 404 in Notify's envelope pointing at the API documentation", async () => {
    expect(await answer(unknownPathResponse(request("PATCH", "/v2/notifications/abc/def?x=1")))).toEqual({
      status: 404,
      type: "application/json",
      allow: null,
      body: { status_code: 404, errors: [{ error: "NotFound", message: `/v2/notifications/abc/def is not an endpoint of this API. ${DOCS}` }] },
    });
  });
});
