// Every page names itself: each app/**/page.tsx (and not-found.tsx) exports `metadata` with a
// non-empty title, or a `generateMetadata` whose every answer has one. Without it the page would
// take the root layout's bare "Notify", which says nothing about where you are. Read from the
// source with the TypeScript parser, so a new page can't forget. (That the title shows *with* the
// page after a client-side navigation is e2e/portal/page-titles.spec.ts's job.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = path.resolve(__dirname);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "not-found.tsx" ? [full] : [];
  });
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** `x satisfies T`, `x as T` and `(x)` unwrapped. */
function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isSatisfiesExpression(current) || ts.isAsExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** Whether an object literal has a `title` that is not an empty string. */
function hasTitle(expression: ts.Expression | undefined): boolean {
  if (!expression) return false;
  const object = unwrap(expression);
  if (!ts.isObjectLiteralExpression(object)) return false;
  return object.properties.some((property) => {
    if (ts.isShorthandPropertyAssignment(property)) return property.name.text === "title";
    if (!ts.isPropertyAssignment(property) || property.name.getText() !== "title") return false;
    const value = unwrap(property.initializer);
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text.trim() !== "";
    return true;
  });
}

/** The return statements of a function body, not counting those of functions nested in it. */
function returnsOf(body: ts.Node): ts.ReturnStatement[] {
  const found: ts.ReturnStatement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isReturnStatement(node)) found.push(node);
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

type TitleExport = "metadata" | "generateMetadata" | "generateMetadata without a title on every return" | "metadata without a title" | "none";

function titleExport(file: string): TitleExport {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        if (declaration.name.text === "metadata") return hasTitle(declaration.initializer) ? "metadata" : "metadata without a title";
      }
    }
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === "generateMetadata" && statement.body) {
      const returns = returnsOf(statement.body);
      return returns.length > 0 && returns.every((r) => hasTitle(r.expression)) ? "generateMetadata" : "generateMetadata without a title on every return";
    }
  }
  return "none";
}

describe("page titles", () => {
  const files = routeFiles(APP);

  it("finds the pages", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("every page exports metadata with a title, or generateMetadata that always gives one", () => {
    const missing = files
      .map((file) => ({ file: path.relative(APP, file), found: titleExport(file) }))
      .filter(({ found }) => found !== "metadata" && found !== "generateMetadata")
      .map(({ file, found }) => `${file}: ${found}`);
    expect(missing).toEqual([]);
  });

  it("the check catches a page without one", () => {
    const check = (code: string) => {
      const source = ts.createSourceFile("page.tsx", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const exported = source.statements.find(isExported);
      if (exported && ts.isVariableStatement(exported)) return hasTitle(exported.declarationList.declarations[0]?.initializer);
      if (exported && ts.isFunctionDeclaration(exported) && exported.body) return returnsOf(exported.body).every((r) => hasTitle(r.expression));
      return false;
    };
    expect(check(`export const metadata: Metadata = { title: "Dashboard" };`)).toBe(true);
    expect(check(`export const metadata = { title: "" } satisfies Metadata;`)).toBe(false);
    expect(check(`export const metadata: Metadata = { description: "No title" };`)).toBe(false);
    expect(check(`export async function generateMetadata() { if (x) return { title: "A" }; return {}; }`)).toBe(false);
    expect(check(`export async function generateMetadata() { return { title: x ? "A" : "B" }; }`)).toBe(true);
  });
});
