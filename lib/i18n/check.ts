import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// The two checks of issue 18 that npm run lint runs (lib/cli/check-i18n.ts): every key in both languages, and
// no Chinese literal in code outside the catalogues and the official documents.

export type Tree = { [key: string]: string | Tree };

export function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : leafKeys(v, `${prefix}${k}.`)));
}

/** Keys set by more than one file of the same language (the later file would silently win). */
export function overlappingKeys(files: { name: string; tree: Tree }[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const f of files) {
    for (const k of leafKeys(f.tree)) {
      const first = seen.get(k);
      if (first) out.push(`${k} (${first}, ${f.name})`);
      else seen.set(k, f.name);
    }
  }
  return out;
}

/** Keys one language has and the other lacks. */
export function missingKeys(zh: Tree, en: Tree): { onlyZh: string[]; onlyEn: string[] } {
  const a = new Set(leafKeys(zh));
  const b = new Set(leafKeys(en));
  return { onlyZh: [...a].filter((k) => !b.has(k)), onlyEn: [...b].filter((k) => !a.has(k)) };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Paths whose Chinese is not interface text: the catalogues and the policy's own documents (附件1-3, …). */
// The demo seed (lib/db/seed-*.ts) is user data: names of alliances, people and places.
// The meeting packet and the certificate are built in lib/meetings/packet.ts and lib/review/certificate.ts: official
// documents, Chinese in every language.
export const EXEMPT = [
  /^lib\/i18n\/messages\//,
  /^templates\//,
  /^lib\/documents\//,
  /^lib\/db\/seed-/,
  /^lib\/meetings\/packet\.ts$/,
  /^lib\/review\/certificate\.ts$/,
];
// A line marked `i18n-data` (stored codes, district names, …) holds data, not interface text.
const DATA_MARK = "i18n-data";

export interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Chinese string, template and JSX text literals in one source file; comments and regular expressions are not. */
export function chineseLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = source.split("\n");
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    // A template with placeholders counts once, as the message it will become ("共 {n} 条").
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("{}");
    else if (ts.isJsxText(node)) text = node.getText(sf);
    if (text !== null && CJK.test(text)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const marked = lines[line]?.includes(DATA_MARK) || lines[line - 1]?.includes(DATA_MARK);
      if (!marked && !ts.isImportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent))
        out.push({ file, line: line + 1, text: text.trim().slice(0, 60) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function sourceFiles(root: string, dirs = ["app", "components", "lib"]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== "generated" && e.name !== "node_modules") walk(r);
      } else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts") && !EXEMPT.some((x) => x.test(r))) out.push(r);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}
