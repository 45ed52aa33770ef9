import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { formDataToObject, fromAppError, fromZodError, summaryErrors } from "./form-state";

const schema = z.object({
  name: z.string().min(1, "Enter your name"),
  email: z.string().min(1, "Enter an email address").email("Enter an email address in the correct format, like name@example.com"),
  guests: z.array(z.string().min(1, "Enter a phone number")),
});

describe("form state", () => {
  it("keeps the first message per field, keyed by input id", () => {
    const result = schema.safeParse({ name: "", email: "", guests: ["", "ok"] });
    expect(result.success).toBe(false);
    const state = fromZodError(result.error!, { name: "" });
    expect(state).toEqual({
      ok: false,
      fieldErrors: { name: "Enter your name", email: "Enter an email address", "guests-0": "Enter a phone number" },
      formError: undefined,
      values: { name: "" },
    });
  });

  it("orders summary errors like the form", () => {
    const state = { ok: false as const, fieldErrors: { email: "Enter an email address", name: "Enter your name", extra: "Other" } };
    expect(summaryErrors(state, ["name", "email"]).map((e) => e.fieldId)).toEqual(["name", "email", "extra"]);
    expect(summaryErrors({ ok: true }, ["name"])).toEqual([]);
  });

  it("turns an AppError into a form-level or field error", () => {
    expect(fromAppError(new AppError("CONFLICT", "dup", { userMessage: "This service name is already in use" }))).toMatchObject({ formError: "This service name is already in use" });
    expect(fromAppError(new AppError("CONFLICT", "dup", { fieldErrors: { name: "This service name is already in use" } }))).toMatchObject({
      fieldErrors: { name: "This service name is already in use" },
      formError: undefined,
    });
  });

  it("reads strings from FormData and skips Next's action fields", () => {
    const data = new FormData();
    data.append("name", "Ada");
    data.append("$ACTION_ID_abc", "");
    data.append("name", "second value ignored");
    expect(formDataToObject(data)).toEqual({ name: "Ada" });
  });
});
