// Spreadsheet formula injection: a cell starting with = + - @ (or tab / carriage return) can run as a
// formula when a CSV is opened in Excel. We keep such values as data, flag them when checking a
// file, and neutralise them with a leading apostrophe whenever we write a CSV for download.

const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

/** A cell value safe to put in a CSV we export. */
export function neutraliseFormula(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}
