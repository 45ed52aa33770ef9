import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairPercentEncoding, repairRequestTarget } from "./path-encoding";

describe("repairPercentEncoding", () => {
  it.each([
    ["/services/%E0%A4%A", "/services/%25E0%25A4%25A"],
    ["/services/%", "/services/%25"],
    ["/services/%zz/x", "/services/%25zz/x"],
    ["/a/%FF%41", "/a/%25FF%41"],
    // A valid character next to broken escapes keeps its escapes.
    ["/%E0%A4%A4%E0", "/%E0%A4%A4%25E0"],
    ["/caf%C3%A9/%C3", "/caf%C3%A9/%25C3"],
    // Overlong forms and UTF-16 surrogates are not UTF-8.
    ["/%C0%AF", "/%25C0%25AF"],
    ["/%ED%A0%80", "/%25ED%25A0%2580"],
  ])("%s → %s", (path, repaired) => {
    expect(repairPercentEncoding(path)).toBe(repaired);
    expect(() => decodeURIComponent(repaired)).not.toThrow();
  });

  it("leaves valid paths alone", () => {
    for (const path of ["/services/2f0e6a4c-2b4d-4a59-9c39-0b1ccf2d2ab1", "/caf%C3%A9", "/%F0%9F%93%A8", "/a%2Fb", "/100%25"]) expect(repairPercentEncoding(path)).toBe(path);
  });

  it("always gives a path that decodes, and changes only the % signs that started nothing valid", () => {
    const pieces = fc.oneof(fc.constantFrom("%", "%E0", "%A4", "%A", "%C3", "%A9", "%F0%9F", "%93%A8", "%zz", "%25", "/", "a", "é"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (list) => {
        const path = `/${list.join("")}`;
        const repaired = repairPercentEncoding(path);
        expect(() => decodeURIComponent(repaired)).not.toThrow();
        expect(repaired.replace(/%25/g, "%")).toBe(path.replace(/%25/g, "%"));
      }),
    );
  });
});

describe("repairRequestTarget", () => {
  it("repairs the path and leaves the query string as it came", () => {
    expect(repairRequestTarget("/services/%E0%A4%A?next=%E0")).toBe("/services/%25E0%25A4%25A?next=%E0");
    expect(repairRequestTarget("/sign-in?x=%E0%A4%A")).toBe("/sign-in?x=%E0%A4%A");
  });
});
