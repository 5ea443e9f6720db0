// Issue 14 item 10: dates, numbers, states and filing numbers never break inside a table cell (新电/商,
// 2026年11月12/日, 吉科联备〔2024〕/002号); names take the room that is left. The rule is one set of classes in
// app/globals.css (td.date, td.num, td.state, td.filing-no, .nowrap, time, .badge), and this test holds every
// table of the portal to it: it reads each page and component (the TypeScript parser, not a text search) and
// fails on any <td> that shows a formatted date or time, a formatted number or a filing number without one
// of those classes on the cell or on the element around the value.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components"];
/** Classes that keep a cell or an element on one line (app/globals.css). */
const KEEP = /(^|\s)(nowrap|num|date|state|filing-no|badge)(\s|$)/;
/** Of those, the one a td loses in print (app/globals.css lets td.nowrap break at spaces and punctuation on paper). */
const ONLY_ON_SCREEN = /(^|\s)nowrap(\s|$)/;
const IN_PRINT_TOO = /(^|\s)(num|date|state|filing-no|badge)(\s|$)/;
/** Elements that never wrap whatever their class: <time>, and badges (display: inline-block; white-space: nowrap). */
const KEEP_TAGS = /^(time|code)$|Badge$/;
const DATE_CALLS = new Set(["formatDate", "formatDateTime", "formatMonth", "formatTime", "formatYearMonth"]);
const NUMBER_CALLS = new Set(["toFixed", "toLocaleString", "formatNumber", "formatAmount", "formatScore"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".tsx") ? [path] : [];
  });
}

function classOf(el: ts.JsxOpeningLikeElement): string {
  for (const prop of el.attributes.properties) {
    if (!ts.isJsxAttribute(prop) || prop.name.getText() !== "className" || !prop.initializer) continue;
    // A literal, or an expression: its text still names the classes it can give (e.g. `badge ${colour}`).
    return ts.isStringLiteral(prop.initializer) ? prop.initializer.text : prop.initializer.getText();
  }
  return "";
}

function tagOf(el: ts.JsxOpeningLikeElement): string {
  return el.tagName.getText();
}

/** What kind of value an expression shows, if it is one that must not wrap. */
function kindOf(expr: ts.Node): string | null {
  let found: string | null = null;
  const visit = (n: ts.Node): void => {
    if (found) return;
    // A value inside nested JSX is judged where that element stands (see cellProblems).
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      if (DATE_CALLS.has(name)) found = "a date";
      else if (NUMBER_CALLS.has(name)) found = "a number";
    } else if (ts.isPropertyAccessExpression(n) && n.name.text === "number" && !ts.isCallExpression(n.parent)) {
      found = "a filing number";
    }
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return found;
}

/** Values shown directly in `children` (and in nested elements that do not keep them on one line). */
function problemsIn(children: ts.NodeArray<ts.JsxChild>, out: string[]): void {
  for (const child of children) {
    if (ts.isJsxExpression(child) && child.expression) {
      const kind = kindOf(child.expression);
      if (kind) out.push(kind);
      // JSX inside the expression (a conditional <span>…</span>) is judged as an element.
      const visit = (n: ts.Node): void => {
        if (ts.isJsxElement(n)) return element(n.openingElement, n.children, out);
        if (ts.isJsxFragment(n)) return problemsIn(n.children, out);
        ts.forEachChild(n, visit);
      };
      ts.forEachChild(child.expression, visit);
    } else if (ts.isJsxElement(child)) element(child.openingElement, child.children, out);
    else if (ts.isJsxFragment(child)) problemsIn(child.children, out);
  }
}

function element(open: ts.JsxOpeningElement, children: ts.NodeArray<ts.JsxChild>, out: string[]): void {
  if (KEEP.test(classOf(open)) || KEEP_TAGS.test(tagOf(open))) return;
  problemsIn(children, out);
}

function violations(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isJsxElement(n) && tagOf(n.openingElement) === "td") {
      const cls = classOf(n.openingElement);
      const out: string[] = [];
      if (!KEEP.test(cls)) problemsIn(n.children, out);
      // A long period in a td.nowrap may break at its spaces on paper (room for the name); a filing number must not
      // break at its 〔〕, so its cell needs filing-no.
      else if (ONLY_ON_SCREEN.test(cls) && !IN_PRINT_TOO.test(cls)) {
        const kinds: string[] = [];
        problemsIn(n.children, kinds);
        if (kinds.includes("a filing number")) out.push("a filing number (td.nowrap breaks on paper: filing-no)");
      }
      if (out.length) {
        const { line } = source.getLineAndCharacterOfPosition(n.getStart());
        found.push(`${path}:${line + 1} shows ${[...new Set(out)].join(", ")} in a cell that may wrap`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe("table cells (issue 14 item 10)", () => {
  it("every date, number and filing number in a table cell is kept on one line by the shared classes", () => {
    const all = ROOTS.flatMap(files).flatMap(violations);
    expect(all).toEqual([]);
  });

  it("the guard itself sees a bare date, a filing number and a number, and accepts the kept ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "nowrap-"));
    const probe = (tsx: string) => {
      const path = join(dir, "probe.tsx");
      writeFileSync(path, tsx);
      return violations(path).length;
    };
    expect(probe(`const a = <td>{formatDate(r.at)}</td>;`)).toBe(1);
    expect(probe(`const a = <td>{r.filing?.number ?? "—"}</td>;`)).toBe(1);
    expect(probe(`const a = <td>{r.score.toFixed(2)} 分</td>;`)).toBe(1);
    expect(probe(`const a = <td><Link href="x">{r.number}</Link></td>;`)).toBe(1);
    expect(probe(`const a = <td>{x ? <span>{formatDate(r.at)}</span> : null}</td>;`)).toBe(1);
    expect(probe(`const a = <td className="date">{formatDate(r.at)}</td>;`)).toBe(0);
    expect(probe(`const a = <td className="filing-no">{r.number}</td>;`)).toBe(0);
    expect(probe(`const a = <td className="nowrap">{r.number}</td>;`)).toBe(1);
    expect(probe(`const a = <td className="nowrap">{formatDate(r.at)}</td>;`)).toBe(0);
    expect(probe(`const a = <td>{r.note}（<time>{formatDate(r.at)}</time>）</td>;`)).toBe(0);
    expect(probe(`const a = <td>{r.name}<span className="nowrap">{formatDate(r.at)}</span></td>;`)).toBe(0);
    expect(probe(`const a = <td>{r.name}</td>;`)).toBe(0);
  });
});
