import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { fieldError, fieldValue, formDataToObject, formText, fromAppError, fromZodError, initialFormState, summaryErrors, type FormState } from "./form-state";

const schema = z.object({
  name: z.string().min(1, "Enter your name"),
  email: z.string().min(1, "Enter an email address").email("Enter an email address in the correct format, like name@example.com"),
  guests: z.array(z.object({ phone: z.string().min(1, "Enter a phone number") })),
});

function zodError(input: unknown, against: z.ZodType = schema): z.ZodError {
  const result = against.safeParse(input);
  if (result.success) throw new Error("expected the input to fail");
  return result.error;
}

describe("fromZodError", () => {
  it("keeps the first message per field, keyed by input id, with nested paths joined by '-'", () => {
    const state = fromZodError(zodError({ name: "", email: "", guests: [{ phone: "" }, { phone: "ok" }] }));
    expect(state).toEqual({
      ok: false,
      fieldErrors: { name: "Enter your name", email: "Enter an email address", "guests-0-phone": "Enter a phone number" },
    });
  });

  it("renames fields whose input ids differ from the schema's keys", () => {
    const state = fromZodError(zodError({ name: "", email: "a@example.com", guests: [{ phone: "" }] }), { name: "service-name", "guests-0-phone": "guest-phone" });
    expect(state.fieldErrors).toEqual({ "service-name": "Enter your name", "guest-phone": "Enter a phone number" });
  });

  it("turns issues about the whole form into the form error and keeps values for refilling the form", () => {
    const passwords = z
      .object({ password: z.string().min(1, "Enter a password"), confirm: z.string() })
      .refine((v) => v.password === v.confirm, { message: "The passwords do not match" });
    const state = fromZodError(zodError({ password: "a", confirm: "b" }, passwords), {}, { name: "Ada" });
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: "The passwords do not match", values: { name: "Ada" } });
  });
});

describe("fromAppError", () => {
  it("uses the field errors when there are some, else the user message", () => {
    expect(fromAppError(new AppError("CONFLICT", "dup", { fieldErrors: { name: "This service name is already in use" } }))).toEqual({
      ok: false,
      fieldErrors: { name: "This service name is already in use" },
    });
    expect(fromAppError(new AppError("CONFLICT", "dup", { userMessage: "This service name is already in use" }), { name: "x" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This service name is already in use",
      values: { name: "x" },
    });
  });
});

describe("formDataToObject", () => {
  it("reads strings, keeps the first of repeated keys, and skips files and Next's action fields", () => {
    const data = new FormData();
    data.append("name", "Ada");
    data.append("$ACTION_ID_abc", "");
    data.append("name", "second value ignored");
    data.append("file", new Blob(["a,b"]), "list.csv");
    data.append("empty", "");
    expect(formDataToObject(data)).toEqual({ name: "Ada", empty: "" });
  });

  it("drops NUL characters, which only a crafted request can send and PostgreSQL can't store", () => {
    const data = new FormData();
    data.append("name", "A\u0000da");
    data.append("file", new Blob(["x"]), "x.csv");
    expect(formDataToObject(data)).toEqual({ name: "Ada" });
    expect([formText(data, "name"), formText(data, "file"), formText(data, "missing")]).toEqual(["Ada", "", ""]);
  });
});

describe("reading a FormState", () => {
  const failed: FormState = { ok: false, fieldErrors: { email: "Enter an email address", name: "Enter your name", extra: "Other" }, values: { email: "ada@" } };

  it("orders summary errors like the form, keeps unlisted ones at the end and ignores duplicates", () => {
    expect(summaryErrors(failed, ["name", "email", "name", "phone"])).toEqual([
      { fieldId: "name", message: "Enter your name" },
      { fieldId: "email", message: "Enter an email address" },
      { fieldId: "extra", message: "Other" },
    ]);
    expect(summaryErrors({ ok: true }, ["name"])).toEqual([]);
    expect(summaryErrors(initialFormState, ["name"])).toEqual([]);
  });

  it("gives each field its error and previous value", () => {
    expect(fieldError(failed, "email")).toBe("Enter an email address");
    expect(fieldError(failed, "phone")).toBeUndefined();
    expect(fieldValue(failed, "email")).toBe("ada@");
    expect(fieldError({ ok: true, message: "Saved" }, "email")).toBeUndefined();
    expect(fieldValue(initialFormState, "email")).toBeUndefined();
  });
});
