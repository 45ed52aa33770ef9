// The template forms' wording is part of the contract: GOV.UK's messages, never "invalid".
import { describe, expect, it } from "vitest";
import { TEMPLATE_CATEGORIES } from "../domain/templates/categories";
import { LANES } from "../jobs/lanes";
import { templateFormSchema, templateLaneSchema, templateListFilterSchema } from "./templates";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("-"), i.message]));
}

const form = { name: "Sign-in code", content: "Your code is ((code))" };

describe("template form: category", () => {
  it("takes every category", () => {
    for (const category of TEMPLATE_CATEGORIES) expect(templateFormSchema.parse({ ...form, category }).category).toBe(category);
  });

  it("asks for one when it is empty or not on the list", () => {
    for (const category of ["", "urgent", "Authentication", ["alert"]]) {
      expect(messages(templateFormSchema.safeParse({ ...form, category }))).toEqual({ category: "Select what this template is for" });
    }
  });

  it("leaves an unanswered question to the service, which lists it with the content rules' problems", () => {
    expect(templateFormSchema.parse(form).category).toBeUndefined();
  });
});

describe("platform admin lane", () => {
  it("takes a lane, or the category's lane as null", () => {
    for (const lane of LANES) expect(templateLaneSchema.parse({ lane })).toEqual({ lane });
    expect(templateLaneSchema.parse({ lane: "category" })).toEqual({ lane: null });
  });

  it("refuses anything else in words", () => {
    for (const lane of [undefined, "", "fast", "PRIORITY"]) {
      expect(messages(templateLaneSchema.safeParse({ lane }))).toEqual({ lane: "Select which lane this template’s messages are delivered from" });
    }
  });
});

describe("templates list filter", () => {
  it("keeps a known category and drops anything else", () => {
    expect(templateListFilterSchema.parse({ category: "alert" })).toEqual({ category: "alert" });
    expect(templateListFilterSchema.parse({ category: "nonsense" })).toEqual({ category: undefined });
    expect(templateListFilterSchema.parse({ category: ["alert", "other"] })).toEqual({ category: undefined });
    expect(templateListFilterSchema.parse({})).toEqual({});
  });
});
