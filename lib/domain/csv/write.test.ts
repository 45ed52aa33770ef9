import { describe, expect, it } from "vitest";
import { csvLine } from "./write";

describe("csvLine", () => {
  it("quotes commas, quotes and new lines, and neutralises formulas", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "line\nbreak", 3, null])).toBe('a,"b,c","say ""hi""","line\nbreak",3,\r\n');
    expect(csvLine(["=SUM(A1)", "+1", "-2", "@x"])).toBe("'=SUM(A1),'+1,'-2,'@x\r\n");
  });
});
