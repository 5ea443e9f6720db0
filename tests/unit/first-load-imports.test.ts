import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Issue 16, first-load JS: the filing form loads zod (about 34 kB gzipped) only when it first validates a field
// (components/filing/filing-resolver.ts, imported with import()), and no signed-in page loads next-auth/react (about
// 9 kB with its Babel runtime) for signing out. The bench measures the bytes; this keeps the imports that cause them
// from coming back: it follows the static value imports (not `import type`, not `import()`) from each entry.

const root = process.cwd();
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ...EXTENSIONS]) if (fs.existsSync(base + ext) && fs.statSync(base + ext).isFile()) return base + ext;
  return null;
}

function staticValueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  // A "use server" module reaches the browser as references to its actions, not as code.
  const first = sf.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server") return [];
  const specs: string[] = [];
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      if (clause && !clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly)) continue;
      specs.push((s.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier) {
      specs.push((s.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specs;
}

/** Every module an entry loads at once: local files by path from the root, packages by name. */
function eagerGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = path.relative(root, file);
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const spec of staticValueImports(file)) {
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) seen.add(spec);
    }
  }
  return seen;
}

const loadsZod = (g: Set<string>) =>
  [...g].filter((m) => m === "zod" || m.startsWith("zod/") || m === "lib/validation/zod.ts" || m === "lib/validation/zod-parts.ts");

describe("first-load imports (issue 16)", () => {
  it("the filing form's client components load no zod until a field is checked", () => {
    for (const entry of [
      "components/filing/filing-editor.tsx",
      "components/filing/attachments-panel.tsx",
      "components/filing/refile-button.tsx",
      "components/filing/submit-filing-button.tsx",
    ])
      expect(loadsZod(eagerGraph(entry)), entry).toEqual([]);
  });

  it("the resolver the editor fetches later is where zod is (the walk finds it when it is there)", () => {
    const g = eagerGraph("components/filing/filing-resolver.ts");
    expect(loadsZod(g)).toContain("lib/validation/zod.ts");
    expect(g.has("@hookform/resolvers/zod")).toBe(true);
  });

  it("signing out (the layout's button, the idle timer, the password change) does not load next-auth/react", () => {
    for (const entry of ["components/auth/logout-button.tsx", "components/auth/session-keepalive.tsx", "components/account/change-password-form.tsx"])
      expect(eagerGraph(entry).has("next-auth/react"), entry).toBe(false);
    expect(eagerGraph("components/auth/login-form.tsx").has("next-auth/react")).toBe(true);
  });
});
