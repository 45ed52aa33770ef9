import { describe, expect, it } from "vitest";
import {
  extractPlaceholders,
  fillPlaceholders,
  findMissingPlaceholders,
  indexPersonalisation,
  isConditionalShown,
  joinListInline,
  missingPersonalisationMessage,
  normalisePlaceholderKey,
} from "./placeholders";

describe("placeholders", () => {
  it("matches names ignoring case, spaces, underscores and hyphens", () => {
    for (const name of ["First Name", "first_name", "FIRST-NAME", " firstname ", "First\tName"]) {
      expect(normalisePlaceholderKey(name)).toBe("firstname");
    }
  });

  it("lists the placeholders of subject and body in order, once each", () => {
    const found = extractPlaceholders("Hello ((First Name))", "Dear ((first_name)), your ((ref)) ((under18??Ask a parent.)) ((REF))");
    expect(found).toEqual([
      { name: "First Name", key: "firstname" },
      { name: "ref", key: "ref" },
      { name: "under18", key: "under18" },
    ]);
  });

  it("ignores brackets that aren't a placeholder", () => {
    expect(extractPlaceholders("(one) ((two) three)) (( )) ((a(b))")).toEqual([]);
  });

  it("finds missing values, treating empty strings as missing only for spreadsheets", () => {
    const placeholders = extractPlaceholders("((name)) ((code)) ((extra))");
    const values = indexPersonalisation({ NAME: "Ada", code: "", other: "ignored" });
    expect(findMissingPlaceholders(placeholders, values).map((p) => p.name)).toEqual(["extra"]);
    expect(findMissingPlaceholders(placeholders, values, { isEmptyMissing: true }).map((p) => p.name)).toEqual(["code", "extra"]);
    expect(missingPersonalisationMessage(findMissingPlaceholders(placeholders, values, { isEmptyMissing: true }))).toBe("Missing personalisation: code, extra");
  });

  it("shows optional text for yes-like values only", () => {
    for (const value of ["yes", "Y", "TRUE", "t", "1", 1, true, "include", "Show"]) expect(isConditionalShown(value)).toBe(true);
    for (const value of ["no", "", "0", 0, false, "maybe", null, undefined]) expect(isConditionalShown(value)).toBe(false);
    const values = indexPersonalisation({ under18: "yes", member: "no" });
    expect(fillPlaceholders("A((under18??Sign here.))B((member?? Welcome back.))C", values)).toBe("ASign here.BC");
  });

  it("joins list values as 'a, b and c' and drops blank items", () => {
    expect(joinListInline(["a"])).toBe("a");
    expect(joinListInline(["a", "b"])).toBe("a and b");
    expect(fillPlaceholders("Bring ((items)).", indexPersonalisation({ items: ["ID", "", null, "proof of address", "a photo"] }))).toBe(
      "Bring ID, proof of address and a photo.",
    );
  });

  it("renders numbers and leaves unfilled placeholders as written", () => {
    expect(fillPlaceholders("((count)) new ((thing))", indexPersonalisation({ count: 3 }))).toBe("3 new ((thing))");
  });
});

describe("placeholders: odd spacing, case and edge cases", () => {
  it("trims names and keeps the first spelling", () => {
    expect(extractPlaceholders("((  First   Name  )) ((first_NAME)) ((Ref-No))")).toEqual([
      { name: "First   Name", key: "firstname" },
      { name: "Ref-No", key: "refno" },
    ]);
  });

  it("fills a placeholder whatever the spelling of the personalisation key", () => {
    const values = indexPersonalisation({ "FIRST_NAME ": "Ada", "ref no": 7 });
    expect(fillPlaceholders("((first name)) ((First-Name)) ((REFNO))", values)).toBe("Ada Ada 7");
  });

  it("takes everything after the first ?? as the optional text", () => {
    expect(extractPlaceholders("((x??a ?? b))")).toEqual([{ name: "x", key: "x" }]);
    expect(fillPlaceholders("[((x??a ?? b))]", indexPersonalisation({ x: "yes" }))).toBe("[a ?? b]");
    expect(fillPlaceholders("[((x??))]", indexPersonalisation({ x: "yes" }))).toBe("[]");
    expect(fillPlaceholders("[(( Under 18 ??Sign))]", indexPersonalisation({ under_18: "Y" }))).toBe("[Sign]");
  });

  it("counts an optional block's name as a placeholder that needs a value", () => {
    const placeholders = extractPlaceholders("Hi((member?? welcome back))");
    expect(missingPersonalisationMessage(findMissingPlaceholders(placeholders, indexPersonalisation({})))).toBe("Missing personalisation: member");
    expect(fillPlaceholders("Hi((member?? welcome back))", indexPersonalisation({}))).toBe("Hi((member?? welcome back))");
  });

  it("matches the innermost double brackets, as Notify's pattern does", () => {
    expect(extractPlaceholders("(((name)))")).toEqual([{ name: "name", key: "name" }]);
    expect(fillPlaceholders("(((name)))", indexPersonalisation({ name: "Ada" }))).toBe("(Ada)");
  });

  it("treats 0, false and empty lists as values, and null or undefined as missing", () => {
    const placeholders = extractPlaceholders("((a))((b))((c))((d))((e))");
    const values = indexPersonalisation({ a: 0, b: false, c: [], d: null });
    expect(findMissingPlaceholders(placeholders, values).map((p) => p.name)).toEqual(["d", "e"]);
    expect(fillPlaceholders("((a))|((b))|((c))", values)).toBe("0|false|");
  });

  it("does not re-read placeholders inside values", () => {
    expect(fillPlaceholders("((a)) ((b))", indexPersonalisation({ a: "((b))", b: "B" }))).toBe("((b)) B");
  });
});
