import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError } from "@/lib/errors";
import { HIDDEN, isAppErrorWith, notFoundOn, orNotFound, recoverFrom, redirectOn } from "./expected-errors";

// What Next's notFound() and redirect() throw, for Next to render the 404 page or redirect.
const NOT_FOUND_PAGE = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const redirectTo = (path: string) => ({ digest: `NEXT_REDIRECT;replace;${path};307;` });

const missing = new AppError("NOT_FOUND", "no such template");
const forbidden = new AppError("FORBIDDEN", "missing manage_templates", { userMessage: "You do not have permission to do this." });
const conflict = new AppError("CONFLICT", "duplicate", { fieldErrors: { name: "A template with this name already exists" } });

describe("isAppErrorWith", () => {
  it("matches AppErrors with one of the codes only", () => {
    expect(isAppErrorWith(missing, ["NOT_FOUND"])).toBe(true);
    expect(isAppErrorWith(forbidden, ["NOT_FOUND"])).toBe(false);
    expect(isAppErrorWith(forbidden, HIDDEN)).toBe(true);
    expect(isAppErrorWith(Object.assign(new Error("look-alike"), { code: "NOT_FOUND" }), ["NOT_FOUND"])).toBe(false);
  });
});

describe("recoverFrom", () => {
  it("gives the value, the recovered value for the codes, and rethrows the rest", async () => {
    expect(await recoverFrom(Promise.resolve("kept"), ["NOT_FOUND"], () => null)).toBe("kept");
    expect(await recoverFrom(Promise.reject(missing), ["NOT_FOUND"], (error) => error.message)).toBe("no such template");
    await expect(recoverFrom(Promise.reject(forbidden), ["NOT_FOUND"], () => null)).rejects.toBe(forbidden);
  });
});

describe("orNotFound", () => {
  it("gives the value when there is one", async () => {
    expect(await orNotFound(Promise.resolve({ id: "t-1" }))).toEqual({ id: "t-1" });
  });

  it("shows the 404 page for NOT_FOUND, and by default nothing else", async () => {
    await expect(orNotFound(Promise.reject(missing))).rejects.toMatchObject(NOT_FOUND_PAGE);
    await expect(orNotFound(Promise.reject(forbidden))).rejects.toBe(forbidden);
    const bug = new TypeError("undefined is not a function");
    await expect(orNotFound(Promise.reject(bug), APP_ERROR_CODES)).rejects.toBe(bug);
  });

  it("hides FORBIDDEN behind the 404 page with HIDDEN, and any expected error with APP_ERROR_CODES", async () => {
    await expect(orNotFound(Promise.reject(forbidden), HIDDEN)).rejects.toMatchObject(NOT_FOUND_PAGE);
    await expect(orNotFound(Promise.reject(conflict), HIDDEN)).rejects.toBe(conflict);
    await expect(orNotFound(Promise.reject(conflict), APP_ERROR_CODES)).rejects.toMatchObject(NOT_FOUND_PAGE);
  });
});

describe("notFoundOn and redirectOn (for formAction's onAppError)", () => {
  it("leave the form for their codes", () => {
    expect(() => notFoundOn()(missing)).toThrow(expect.objectContaining(NOT_FOUND_PAGE));
    expect(() => notFoundOn(HIDDEN)(forbidden)).toThrow(expect.objectContaining(NOT_FOUND_PAGE));
    expect(() => redirectOn("/services/s-1/templates")(missing)).toThrow(expect.objectContaining(redirectTo("/services/s-1/templates")));
    expect(() => redirectOn("/services/s-1", HIDDEN)(forbidden)).toThrow(expect.objectContaining(redirectTo("/services/s-1")));
  });

  it("send other expected errors back to the form with fromAppError and the refill values", () => {
    expect(notFoundOn()(forbidden, { name: "Reminder" })).toEqual({ ok: false, fieldErrors: {}, formError: "You do not have permission to do this.", values: { name: "Reminder" } });
    expect(redirectOn("/services/s-1/templates")(conflict)).toEqual({ ok: false, fieldErrors: { name: "A template with this name already exists" } });
  });
});
