import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseFormula } from "./formula";

describe("formula cells", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\tx", "\rx"])("flags %j and neutralises it for export", (value) => {
    expect(isFormulaLike(value)).toBe(true);
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(["Ada", "1+1", "a=b", "", " =1"])("leaves %j alone", (value) => {
    expect(isFormulaLike(value)).toBe(false);
    expect(neutraliseFormula(value)).toBe(value);
  });
});
