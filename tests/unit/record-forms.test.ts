// A form that acts on a record the page names (its id, its version) must send the record the page shows now, not the
// one it was first rendered with: react-hook-form keeps default values for the component's life, and React keeps the
// component when only a search parameter changes or router.refresh() brings a newer version. The scoring page once
// published 2026's results from the 2023 page that way. The rule: such forms use useRecordForm
// (components/ui/use-record-form.ts), which puts the latest render's record fields over the submitted values. This test
// reads every client component (the TypeScript parser, not a text search) and fails on a useForm call whose default
// values name an id or a version.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const RECORD_KEY = /(^id$|Id$|^version$|Version$)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** The keys of `defaultValues: { … }` in each useForm(…) call of a source text, with the line of the call. */
export function plainFormsWithRecordKeys(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText() === "useForm") {
      const options = node.arguments[0];
      const defaults =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === "defaultValues")
          : undefined;
      const keys =
        defaults && ts.isObjectLiteralExpression(defaults.initializer)
          ? defaults.initializer.properties.map((p) => p.name?.getText() ?? "").filter((k) => RECORD_KEY.test(k))
          : [];
      // Defaults passed as a whole object (`defaultValues: initial`) are judged by their type's name.
      const opaque = defaults && ts.isIdentifier(defaults.initializer) && /Update|Edit/.test(node.typeArguments?.[0]?.getText() ?? "");
      if (keys.length || opaque) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line} useForm with ${keys.length ? keys.join(", ") : defaults!.initializer.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("forms on a record take its id and version from the latest render", () => {
  it("no client component keeps a record's id or version in plain useForm defaults", () => {
    const offenders = ["components", "app"].flatMap((root) =>
      files(root)
        .filter((f) => !f.endsWith("use-record-form.ts"))
        .flatMap((f) => plainFormsWithRecordKeys(f, readFileSync(f, "utf8"))),
    );
    expect(offenders).toEqual([]);
  });

  it("the check finds the pattern it is for (the scoring page's form as it was)", () => {
    const before = `const f = useForm<TPublishResultsInput>({ resolver: zodResolver(Z), defaultValues: { schemeId, version, earlyCloseReason: "" } });`;
    expect(plainFormsWithRecordKeys("x.tsx", before)).toEqual(["x.tsx:1 useForm with schemeId, version"]);
    const edit = `const form = useForm<TUserUpdateInput, unknown, O>({ resolver: r, defaultValues: initial });`;
    expect(plainFormsWithRecordKeys("y.tsx", edit)).toHaveLength(1);
    expect(plainFormsWithRecordKeys("z.tsx", `useRecordForm<T>({ schemeId, version }, { defaultValues: { note: "" } })`)).toEqual([]);
    expect(plainFormsWithRecordKeys("w.tsx", `useForm<T>({ defaultValues: { reason: "" } })`)).toEqual([]);
  });
});
