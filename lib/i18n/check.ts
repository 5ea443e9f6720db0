import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// The checks npm run lint runs (lib/cli/check-i18n.ts): every key in both languages, no Chinese literal in code
// outside the catalogues and the official documents (issue 18), and the catalogue paths the browser reads (below).

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

function parse(file: string, source: string): ts.SourceFile {
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Chinese string, template and JSX text literals in one source file; comments and regular expressions are not. */
export function chineseLiterals(file: string, source: string): Literal[] {
  const sf = parse(file, source);
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

export function sourceFiles(root: string, dirs: readonly string[] = ["app", "components", "lib"], exempt: readonly RegExp[] = EXEMPT): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== "generated" && e.name !== "node_modules") walk(r);
      } else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts") && !exempt.some((x) => x.test(r))) out.push(r);
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(root, d))) walk(d);
  return out.sort();
}

// The third check: which parts of the catalogue the browser needs. app/layout.tsx hands the client only the paths
// listed in lib/i18n/client-namespaces.json (the whole catalogue made every page's HTML several times larger);
// this computes them from the code. Every module a "use client" file reaches through a non-type import runs in
// the browser, where next-intl's useTranslations and text() (LocaleSync) read the messages the page came with;
// the first argument of each such call (or its literal start, up to the first `${`) names a path. For a translator
// (`const t = useTranslations("ns")`) the paths are the keys it is called with, `ns.key`, when every use can be
// read; else the namespace whole.

/** A function that hands argument `arg` to text() as a key, or as a key's start (`${arg}.${code}`): its callers are read instead. */
export interface KeyWrapper {
  file: string;
  name: string;
  arg: number;
}

/** A call whose key the analysis cannot read, and the paths it needs instead (the enclosing named function). */
export interface DynamicKey {
  file: string;
  function: string;
  paths: string[];
  why: string;
}

export const KEY_WRAPPERS: readonly KeyWrapper[] = [
  // labelsOf("states", codes): a getter per code reading `${namespace}.${code}`.
  { file: "lib/i18n/labels.ts", name: "labelsOf", arg: 0 },
  // The same for the membership pages' own tables (membership.kinds, membership.changeStatus).
  { file: "components/membership/labels.ts", name: "catalogueLabels", arg: 0 },
  // zod messages: say(key, values) = text(key, …), and msg(key) = a zod param that calls say(key) at parse time.
  { file: "lib/validation/messages.ts", name: "say", arg: 0 },
  { file: "lib/validation/messages.ts", name: "msg", arg: 0 },
];

export const DYNAMIC_KEYS: readonly DynamicKey[] = [
  {
    file: "lib/i18n/text.ts",
    function: "translatorOf",
    paths: [],
    why: "text()'s own translator over the messages it is given; the keys are read at each text() call",
  },
  {
    file: "components/ui/locale-sync.tsx",
    function: "LocaleSync",
    paths: [],
    why: "useMessages() hands text() whatever the page came with; the text() calls it serves are read where they are",
  },
];

export interface ClientKeyUse {
  path: string;
  file: string;
  line: number;
}

export interface ClientKeyAnalysis {
  /** Every catalogue path read in the browser, and where. */
  uses: ClientKeyUse[];
  /** The paths, none inside another, sorted: what lib/i18n/client-namespaces.json should list. */
  paths: string[];
  /** What stays on screen around pages (layouts, error and not-found views): the root layout's provider hands these. */
  shell: string[];
  /** Per page file (`app/…/page.tsx`), the paths its own client modules read: its provider hands these. */
  pages: Record<string, string[]>;
  /** Calls the analysis cannot read and no entry of DYNAMIC_KEYS covers; modules the browser must not load. */
  problems: string[];
  /** The modules that run in the browser (for the test and the curious). */
  reached: string[];
}

const NEXT_INTL = new Set(["next-intl", "use-intl"]);
const TEXT_MODULE = "lib/i18n/text.ts";
/** Modules whose presence in the browser would carry the whole catalogue back into it. */
const CATALOGUE_MODULES = [/^lib\/i18n\/catalogue\.ts$/, /^lib\/i18n\/server-text\.ts$/, /^lib\/i18n\/messages\//];

/** The file's directives ("use client", "use server"): the string statements it starts with. */
function directives(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const s of sf.statements) {
    if (ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)) out.push(s.expression.text);
    else break;
  }
  return out;
}

/** A project file for an import specifier ("@/…" from the root, or relative), or null for a package. */
function resolveImport(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith("./") || spec.startsWith("../")) base = path.posix.join(path.posix.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const abs = path.join(root, candidate);
    if (/\.(tsx?|json)$/.test(candidate) && fs.existsSync(abs) && fs.statSync(abs).isFile()) return candidate;
  }
  return null;
}

type Target = { module: string; name: string };

interface ModuleInfo {
  sf: ts.SourceFile;
  directives: string[];
  /** Modules loaded with this one (non-type imports and re-exports), resolved to project files. */
  deps: string[];
  /** Local name → the export it imports (module is a project file or a package name); `*` for a namespace import. */
  imports: Map<string, Target>;
  /** Exported name → the local declaration, or the module and name it re-exports. */
  exports: Map<string, { local: string } | Target>;
  starExports: string[];
}

function readModule(root: string, file: string): ModuleInfo {
  const sf = parse(file, fs.readFileSync(path.join(root, file), "utf8"));
  const info: ModuleInfo = { sf, directives: directives(sf), deps: [], imports: new Map(), exports: new Map(), starExports: [] };
  const moduleOf = (spec: string) => resolveImport(root, file, spec) ?? spec;
  const dep = (spec: string) => {
    const r = resolveImport(root, file, spec);
    if (r) info.deps.push(r);
  };
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const clause = s.importClause;
      const spec = s.moduleSpecifier.text;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const values = named && ts.isNamedImports(named) ? named.elements.filter((e) => !e.isTypeOnly) : [];
      // `import { type A } from "x"` loads nothing; `import "x"`, a default or a namespace import does.
      if (!clause || clause.name || (named && ts.isNamespaceImport(named)) || values.length > 0) dep(spec);
      if (clause?.name) info.imports.set(clause.name.text, { module: moduleOf(spec), name: "default" });
      if (named && ts.isNamespaceImport(named)) info.imports.set(named.name.text, { module: moduleOf(spec), name: "*" });
      for (const e of values) info.imports.set(e.name.text, { module: moduleOf(spec), name: (e.propertyName ?? e.name).text });
    } else if (ts.isExportDeclaration(s)) {
      if (s.isTypeOnly) continue;
      const spec = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
      const clause = s.exportClause;
      if (!clause) {
        if (spec) {
          dep(spec);
          info.starExports.push(moduleOf(spec));
        }
      } else if (ts.isNamedExports(clause)) {
        const values = clause.elements.filter((e) => !e.isTypeOnly);
        if (spec && values.length > 0) dep(spec);
        for (const e of values) {
          const from = (e.propertyName ?? e.name).text;
          info.exports.set(e.name.text, spec ? { module: moduleOf(spec), name: from } : { local: from });
        }
      } else if (spec) dep(spec);
    } else if (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const isDefault = ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) info.exports.set(d.name.text, { local: d.name.text });
      } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) {
        info.exports.set(isDefault ? "default" : s.name.text, { local: s.name.text });
      }
    }
  }
  // import("…") with a literal specifier loads a module too.
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      dep(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return info;
}

/** Names a statement list, a function's parameters or a loop declares (for shadowing). */
function declaredNames(node: ts.Node): string[] {
  const names: string[] = [];
  const bind = (n: ts.BindingName) => {
    if (ts.isIdentifier(n)) names.push(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  const list = (l: ts.VariableDeclarationList) => l.declarations.forEach((d) => bind(d.name));
  if (ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
    for (const s of node.statements) {
      if (ts.isVariableStatement(s)) list(s.declarationList);
      else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.push(s.name.text);
    }
  } else if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) bind(p.name);
    if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) names.push(node.name.text);
  } else if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) list(node.initializer);
  } else if (ts.isCatchClause(node) && node.variableDeclaration) bind(node.variableDeclaration.name);
  return names;
}

function isShadowed(node: ts.Node, name: string): boolean {
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) if (declaredNames(p).includes(name)) return true;
  return false;
}

/** The named functions around a node, innermost first (`function f`, `const f = () =>`, a method `f()`). */
function enclosingFunctions(node: ts.Node): { name: string; fn: ts.SignatureDeclaration }[] {
  const out: { name: string; fn: ts.SignatureDeclaration }[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if ((ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p)) && p.name && ts.isIdentifier(p.name)) out.push({ name: p.name.text, fn: p });
    else if ((ts.isArrowFunction(p) || ts.isFunctionExpression(p)) && ts.isVariableDeclaration(p.parent) && ts.isIdentifier(p.parent.name))
      out.push({ name: p.parent.name.text, fn: p });
  }
  return out;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e))
    e = e.expression;
  return e;
}

/** The catalogue paths a key argument names, or null when it is not a literal (or a template with a literal start). */
export function keyPaths(arg: ts.Expression | undefined): string[] | null {
  if (!arg) return null;
  const e = unwrap(arg);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text ? [e.text] : null;
  if (ts.isTemplateExpression(e)) {
    // `states.${s}` → states; `rules.name.bad${x}` → rules.name (the key's last whole segment before the placeholder).
    const head = e.head.text;
    const cut = head.endsWith(".") ? head.slice(0, -1) : head.slice(0, Math.max(head.lastIndexOf("."), 0));
    return cut ? [cut] : null;
  }
  if (ts.isConditionalExpression(e)) {
    const a = keyPaths(e.whenTrue);
    const b = keyPaths(e.whenFalse);
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

/** The paths, none inside another, sorted. */
export function minimalPaths(paths: Iterable<string>): string[] {
  const sorted = [...new Set(paths)].sort();
  return sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(`${q}.`)));
}

/** Whether `path` is listed, itself or inside a listed path. */
export function coveredBy(listed: readonly string[], p: string): boolean {
  return listed.some((q) => p === q || p.startsWith(`${q}.`));
}

/**
 * The catalogue paths the browser reads: from every "use client" file under `dirs`, through the modules it
 * loads, each call of useTranslations, text() and the KEY_WRAPPERS. A call whose key cannot be read is a
 * problem unless DYNAMIC_KEYS names it.
 */
export function analyseClientKeys(
  root: string,
  options: { dirs?: readonly string[]; wrappers?: readonly KeyWrapper[]; dynamic?: readonly DynamicKey[] } = {},
): ClientKeyAnalysis {
  const { dirs = ["app", "components", "lib"], wrappers = KEY_WRAPPERS, dynamic = DYNAMIC_KEYS } = options;
  const modules = new Map<string, ModuleInfo>();
  const load = (file: string) => {
    let m = modules.get(file);
    if (!m) modules.set(file, (m = readModule(root, file)));
    return m;
  };

  // The browser's modules: the "use client" files and what they load, less server actions (the browser gets a
  // reference to call, not the module). JSON is reached (the catalogue's files would be a problem) but not read.
  const problems: string[] = [];
  const reached = new Set<string>();
  const queue = sourceFiles(root, dirs, []).filter((f) => load(f).directives.includes("use client"));
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (reached.has(f)) continue;
    if (CATALOGUE_MODULES.some((x) => x.test(f))) {
      problems.push(`${f} runs in the browser (a non-type import from client code): it carries the whole catalogue there`);
      continue;
    }
    if (f.endsWith(".json")) continue;
    const m = load(f);
    if (m.directives.includes("use server")) continue;
    reached.add(f);
    queue.push(...m.deps);
  }

  // What a name imported from a module finally is: a declaration in a project file, or a package's export.
  const resolveExport = (t: Target, depth = 0): Target => {
    if (depth > 20 || !/\.tsx?$/.test(t.module)) return t;
    const m = load(t.module);
    const e = m.exports.get(t.name);
    if (e && "local" in e) {
      const imported = m.imports.get(e.local);
      return imported ? resolveExport(imported, depth + 1) : { module: t.module, name: e.local };
    }
    if (e) return resolveExport(e, depth + 1);
    for (const star of m.starExports) {
      if (!/\.tsx?$/.test(star)) continue;
      const s = load(star);
      if (s.exports.has(t.name)) return resolveExport({ module: star, name: t.name }, depth + 1);
    }
    return { module: t.module, name: t.name };
  };

  type Accessor = { kind: "key"; arg: number; translator?: true } | { kind: "messages" };
  const accessorOf = (t: Target): Accessor | null => {
    if (NEXT_INTL.has(t.module)) {
      if (t.name === "useTranslations") return { kind: "key", arg: 0, translator: true };
      if (t.name === "useMessages" || t.name === "createTranslator") return { kind: "messages" };
      return null;
    }
    if (t.module === TEXT_MODULE && t.name === "text") return { kind: "key", arg: 0 };
    const w = wrappers.find((x) => x.file === t.module && x.name === t.name);
    return w ? { kind: "key", arg: w.arg } : null;
  };

  const uses: ClientKeyUse[] = [];
  const used = new Set<DynamicKey>();
  for (const file of [...reached].sort()) {
    const m = load(file);
    const sf = m.sf;
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    // A name's accessor in this file: imported, or a wrapper declared here (called by its local name).
    const accessorNamed = (id: ts.Identifier): Accessor | null => {
      const imported = m.imports.get(id.text);
      let t: Target | null = imported ? resolveExport(imported) : null;
      if (!imported && wrappers.some((w) => w.file === file && w.name === id.text)) t = { module: file, name: id.text };
      const acc = t && accessorOf(t);
      return acc && !isShadowed(id, id.text) ? acc : null;
    };
    const calleeAccessor = (callee: ts.Expression): Accessor | null => {
      if (ts.isIdentifier(callee)) return accessorNamed(callee);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
        const ns = m.imports.get(callee.expression.text);
        if (ns?.name === "*" && !isShadowed(callee, callee.expression.text)) return accessorOf(resolveExport({ module: ns.module, name: callee.name.text }));
      }
      return null;
    };
    const dynamicCall = (node: ts.Node, what: string) => {
      const fns = enclosingFunctions(node);
      const entry = dynamic.find((d) => d.file === file && d.function === fns[0]?.name);
      if (entry) {
        used.add(entry);
        for (const p of entry.paths) uses.push({ path: p, file, line: lineOf(node) });
      } else
        problems.push(
          `${file}:${lineOf(node)}: ${what} (in ${fns[0]?.name ?? "module scope"}): the browser's messages cannot be worked out; ` +
            `use a literal key or a template with a literal start, or list the call in DYNAMIC_KEYS / KEY_WRAPPERS (lib/i18n/check.ts)`,
        );
    };
    // A wrapper's own call, passing its parameter on (`text(key)`, `text(\`${prefix}.${code}\`)`): its callers are read.
    const passesParameter = (arg: ts.Expression | undefined, node: ts.Node): boolean => {
      if (!arg) return false;
      const e = unwrap(arg);
      // The parameter alone, or first and followed by "." (a prefix of whole segments) or by nothing.
      const spans = ts.isTemplateExpression(e) && e.head.text === "" ? e.templateSpans : undefined;
      const span = spans?.[0];
      const prefix = span && (span.literal.text.startsWith(".") || (span.literal.text === "" && spans.length === 1));
      const first = ts.isIdentifier(e) ? e : prefix ? unwrap(span.expression) : null;
      if (!first || !ts.isIdentifier(first)) return false;
      return enclosingFunctions(node).some(({ name, fn }) =>
        wrappers.some((w) => w.file === file && w.name === name && fn.parameters[w.arg]?.name.getText(sf) === first.text),
      );
    };
    const visit = (node: ts.Node) => {
      if (
        ts.isTypeNode(node) ||
        ts.isImportDeclaration(node) ||
        ts.isExportDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node)
      )
        return;
      if (ts.isCallExpression(node)) {
        const acc = calleeAccessor(node.expression);
        if (acc?.kind === "messages") dynamicCall(node, `${node.expression.getText(sf)}() reads the messages whole`);
        else if (acc) {
          const arg = node.arguments[acc.arg];
          let paths = keyPaths(arg);
          // useTranslations("ns"): the keys its translator is called with, when they can all be read.
          if (paths && acc.translator && arg && ts.isStringLiteral(unwrap(arg))) paths = translatorKeys(node)?.map((k) => `${paths![0]}.${k}`) ?? paths;
          if (paths) for (const p of paths) uses.push({ path: p, file, line: lineOf(node) });
          else if (!passesParameter(arg, node))
            dynamicCall(
              node,
              arg ? `${node.expression.getText(sf)}(${unwrap(arg).getText(sf).slice(0, 60)})` : `${node.expression.getText(sf)}() without a namespace`,
            );
        }
        // The callee is done; its arguments may hold more calls.
        node.arguments.forEach(visit);
        if (!ts.isIdentifier(node.expression)) visit(node.expression);
        return;
      }
      // An accessor handed on as a value (`keys.map(text)`) reads keys nobody can see.
      if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        const acc = accessorNamed(node);
        if (acc) dynamicCall(node, `${node.text} passed as a value`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const d of dynamic)
    if (!used.has(d) && reached.has(d.file))
      problems.push(`${d.file}: DYNAMIC_KEYS names ${d.function}, which makes no dynamic catalogue call: drop the entry`);
  const entries = sourceFiles(root, ["app"], []).filter((f) => ENTRY_FILE.test(f));
  const pages: Record<string, string[]> = {};
  const shell = new Set<string>();
  for (const entry of entries) {
    const files = clientFilesOf(entry, load);
    const paths = minimalPaths(uses.filter((u) => files.has(u.file)).map((u) => u.path));
    if (PAGE_FILE.test(entry)) pages[entry] = paths;
    else paths.forEach((p) => shell.add(p));
  }
  return { uses, paths: minimalPaths(uses.map((u) => u.path)), shell: minimalPaths(shell), pages, problems, reached: [...reached].sort() };
}

/**
 * Pages whose default export is not `withPageText("<the page's own path>", …)` (lib/i18n/page-text.tsx): without
 * it the page's client code would find none of its messages.
 */
export function pageWrapperProblems(root: string, pages: readonly string[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const named = /^export default withPageText\("([^"]+)", \w+\);$/m.exec(fs.readFileSync(path.join(root, page), "utf8"))?.[1];
    if (named !== page) problems.push(`${page}: export default withPageText("${page}", …) (lib/i18n/page-text.tsx)${named ? `, not "${named}"` : ""}`);
  }
  return problems;
}

/** The files Next.js renders for a route: a page, and what stays around pages (layouts, error and not-found views). */
const ENTRY_FILE = /(^|\/)(page|layout|template|error|global-error|not-found|forbidden|unauthorized|loading)\.tsx$/;
const PAGE_FILE = /(^|\/)page\.tsx$/;

/**
 * The modules of one route file that run in the browser: from the file through its server modules to each
 * "use client" boundary, then everything the client module loads (server actions excepted: the browser gets a
 * reference, not the module).
 */
function clientFilesOf(entry: string, load: (file: string) => ModuleInfo): Set<string> {
  const client = new Set<string>();
  const server = new Set<string>();
  const queue: [string, boolean][] = [[entry, false]];
  while (queue.length > 0) {
    const [f, inClient] = queue.pop()!;
    if (f.endsWith(".json") || CATALOGUE_MODULES.some((x) => x.test(f))) continue;
    const m = load(f);
    if (m.directives.includes("use server")) continue;
    const isClient = inClient || m.directives.includes("use client");
    const seen = isClient ? client : server;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const d of m.deps) queue.push([d, isClient]);
  }
  return client;
}

/** The translator's methods that take a key first (next-intl's `t.rich("key")` and friends). */
const TRANSLATOR_METHODS = new Set(["rich", "markup", "raw", "has"]);

/**
 * The keys a translator (`const t = useTranslations("ns")`, or the call itself) is called with, relative to its
 * namespace; null when any use cannot be read (a key that is not literal, `t` handed on as a value): the
 * namespace is then needed whole.
 */
function translatorKeys(call: ts.CallExpression): string[] | null {
  const keysOf = (use: ts.Expression): string[] | null => {
    const p = use.parent;
    if (ts.isCallExpression(p) && p.expression === use) return keyPaths(p.arguments[0]);
    if (
      ts.isPropertyAccessExpression(p) &&
      p.expression === use &&
      TRANSLATOR_METHODS.has(p.name.text) &&
      ts.isCallExpression(p.parent) &&
      p.parent.expression === p
    )
      return keyPaths(p.parent.arguments[0]);
    return null;
  };
  const decl = call.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== call || !ts.isIdentifier(decl.name)) return keysOf(call);
  if (!ts.isVariableDeclarationList(decl.parent) || !(decl.parent.flags & ts.NodeFlags.Const) || !ts.isVariableStatement(decl.parent.parent)) return null;
  const name = decl.name.text;
  // The block the translator is declared in; a reference is a use unless a scope in between declares the name again.
  const scope = decl.parent.parent.parent;
  const out: string[] = [];
  let readable = true;
  const visit = (node: ts.Node) => {
    if (!readable || ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && node.text === name && node !== decl.name && !isDeclarationName(node)) {
      let shadowed = false;
      for (let p = node.parent; p && p !== scope; p = p.parent) if (declaredNames(p).includes(name)) shadowed = true;
      if (!shadowed) {
        const keys = keysOf(node);
        if (keys) out.push(...keys);
        else readable = false;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  // A translator nobody calls still looks its namespace up when it is made.
  return readable && out.length > 0 ? out : null;
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isClassDeclaration(p)) &&
      p.name === id) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertyAccessExpression(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === id) ||
    (ts.isBindingElement(p) && p.propertyName === id) ||
    ts.isJsxAttribute(p)
  );
}
