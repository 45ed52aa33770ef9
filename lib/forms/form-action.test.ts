import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { formAction, pickFields, rethrow } from "./form-action";

const renameSchema = z.object({
  name: z
    .string({ error: "Enter a folder name" })
    .trim()
    .min(1, "Enter a folder name")
    .max(20, "Folder name must be 20 characters or fewer"),
  parentId: z.uuid({ error: "Select a folder from the list" }).optional(),
});

const PARENT = "0d6ad1c4-3b38-4d5b-9c5f-5d1f0b0f3a11";

describe("formAction with a schema", () => {
  it("returns the first message per field, under the form's input ids, with the refill values, and runs nothing", async () => {
    const run = vi.fn();
    const done = vi.fn();
    const state = await formAction({
      schema: renameSchema,
      input: { name: "  ", parentId: "not-an-id" },
      fieldIds: { parentId: "parent-folder" },
      refill: { name: "  " },
      run,
      done,
    });
    expect(state).toEqual({ ok: false, fieldErrors: { name: "Enter a folder name", "parent-folder": "Select a folder from the list" }, values: { name: "  " } });
    expect(run).not.toHaveBeenCalled();
    expect(done).not.toHaveBeenCalled();
  });

  it("runs with the schema's output and finishes with done's state for the run's result", async () => {
    const run = vi.fn(async (input: z.output<typeof renameSchema>) => ({ folderId: `${input.name}@${input.parentId}` }));
    const state = await formAction({
      schema: renameSchema,
      input: { name: "  Letters ", parentId: PARENT, ignored: "x" },
      run,
      done: ({ folderId }) => ({ ok: true, message: folderId }),
    });
    expect(run).toHaveBeenCalledWith({ name: "Letters", parentId: PARENT });
    expect(state).toEqual({ ok: true, message: `Letters@${PARENT}` });
  });

  it("turns an expected error into form state with fromAppError: its field errors, else its user message, with the refill values", async () => {
    const clash = new AppError("CONFLICT", "duplicate folder", { fieldErrors: { name: "A folder with this name already exists" } });
    const withFields = await formAction({ schema: renameSchema, input: { name: "Letters" }, refill: { name: "Letters" }, run: () => Promise.reject(clash), done: () => ({ ok: true }) });
    expect(withFields).toEqual({ ok: false, fieldErrors: { name: "A folder with this name already exists" }, values: { name: "Letters" } });

    const limit = new AppError("LIMIT_EXCEEDED", "too many folders", { userMessage: "You cannot add more than 100 folders" });
    const withMessage = await formAction({ schema: renameSchema, input: { name: "Letters" }, run: () => Promise.reject(limit), done: () => ({ ok: true }) });
    expect(withMessage).toEqual({ ok: false, fieldErrors: {}, formError: "You cannot add more than 100 folders" });
  });

  it("answers an expected error with onAppError when given, passing it the refill values", async () => {
    const wrong = new AppError("UNAUTHORIZED", "sign-in failed", { userMessage: "The email address or password you entered is incorrect" });
    const onAppError = vi.fn((error: AppError, refill?: Record<string, string>) => ({ ok: false as const, fieldErrors: { name: error.userMessage }, values: refill }));
    const done = vi.fn();
    const state = await formAction({ schema: renameSchema, input: { name: "Letters" }, refill: { name: "Letters" }, run: () => Promise.reject(wrong), onAppError, done });
    expect(state).toEqual({ ok: false, fieldErrors: { name: "The email address or password you entered is incorrect" }, values: { name: "Letters" } });
    expect(onAppError).toHaveBeenCalledWith(wrong, { name: "Letters" });
    expect(done).not.toHaveBeenCalled();
  });

  it("lets onAppError leave the form by throwing (as notFound() and redirect() do)", async () => {
    const leaving = new Error("NEXT_REDIRECT");
    const done = vi.fn();
    const action = formAction({
      schema: renameSchema,
      input: { name: "Letters" },
      run: () => Promise.reject(new AppError("NOT_FOUND", "no such folder")),
      onAppError: () => {
        throw leaving;
      },
      done,
    });
    await expect(action).rejects.toBe(leaving);
    expect(done).not.toHaveBeenCalled();
  });

  it("rethrows anything that is not an AppError, and every AppError with onAppError: rethrow", async () => {
    const bug = new TypeError("cannot read properties of undefined");
    await expect(formAction({ schema: renameSchema, input: { name: "Letters" }, run: () => Promise.reject(bug), done: () => ({ ok: true }) })).rejects.toBe(bug);
    const inactive = new AppError("UNAUTHORIZED", "no active user");
    await expect(formAction({ schema: renameSchema, input: { name: "Letters" }, run: () => Promise.reject(inactive), onAppError: rethrow, done: () => ({ ok: true }) })).rejects.toBe(inactive);
  });

  it("doesn't catch what done throws: a redirect, or an error after the service succeeded", async () => {
    const late = new AppError("INTERNAL", "after the service");
    const onAppError = vi.fn();
    const action = formAction({
      schema: renameSchema,
      input: { name: "Letters" },
      run: async () => "folder-1",
      onAppError,
      done: () => {
        throw late;
      },
    });
    await expect(action).rejects.toBe(late);
    expect(onAppError).not.toHaveBeenCalled();
  });
});

describe("formAction without a schema", () => {
  it("runs straight away, then finishes with done (which may be async)", async () => {
    const run = vi.fn(async () => ({ serviceId: "service-1" }));
    const state = await formAction({ run, done: async ({ serviceId }) => ({ ok: true, message: serviceId }) });
    expect(run).toHaveBeenCalledWith();
    expect(state).toEqual({ ok: true, message: "service-1" });
  });

  it("maps its expected errors the same way, with the refill values", async () => {
    const full = new AppError("VALIDATION", "guest list full", { fieldErrors: { "emailAddresses-0": "Enter an email address in the correct format, like name@example.com" } });
    const state = await formAction({ refill: { "emailAddresses-0": "ada@" }, run: () => Promise.reject(full), done: () => ({ ok: true }) });
    expect(state).toEqual({ ok: false, fieldErrors: { "emailAddresses-0": "Enter an email address in the correct format, like name@example.com" }, values: { "emailAddresses-0": "ada@" } });
  });
});

describe("pickFields", () => {
  it("keeps the named fields, as empty strings when they weren't sent, and nothing else", () => {
    expect(pickFields({ name: "Ada", password: "secret", subject: "" }, ["name", "subject", "content"])).toEqual({ name: "Ada", subject: "", content: "" });
  });
});
