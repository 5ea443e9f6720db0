import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_FILES, deepMerge, type Tree } from "../i18n/catalogue";
import { analyseClientKeys, chineseLiterals, missingKeys, overlappingKeys, pageWrapperProblems, sourceFiles } from "../i18n/check";

// npm run lint: the catalogue is whole in both languages, and code carries no Chinese interface text.
// Files still holding literals are listed with their count in lib/i18n/literal-baseline.json: a file may go
// down, never up, and a file not listed may hold none (`--update` rewrites the list after a file is moved over).
// The catalogue paths client code reads are listed in lib/i18n/client-namespaces.json, the shell's and each page's
// (the root layout and each page hand the browser only those): lists that differ from the code's fail (`--update`
// rewrites them), as does a page whose default export is not withPageText with its own path.

const root = process.cwd();
const BASELINE = path.join(root, "lib/i18n/literal-baseline.json");
const CLIENT_PATHS = path.join(root, "lib/i18n/client-namespaces.json");
const problems: string[] = [];

const zhFiles = CATALOGUE_FILES["zh-CN"] as readonly Tree[];
const enFiles = CATALOGUE_FILES.en as readonly Tree[];
for (const [lang, files] of [
  ["zh-CN", zhFiles],
  ["en", enFiles],
] as const) {
  for (const k of overlappingKeys(files.map((tree, i) => ({ name: `file ${i + 1}`, tree })))) problems.push(`${lang}: key set by two catalogue files: ${k}`);
}
const { onlyZh, onlyEn } = missingKeys(zhFiles.reduce(deepMerge, {}), enFiles.reduce(deepMerge, {}));
for (const k of onlyZh) problems.push(`key without English: ${k}`);
for (const k of onlyEn) problems.push(`key without Chinese: ${k}`);

const counts: Record<string, number> = {};
let total = 0;
for (const f of sourceFiles(root)) {
  const n = chineseLiterals(f, fs.readFileSync(path.join(root, f), "utf8")).length;
  if (n > 0) counts[f] = n;
  total += n;
}
if (process.argv.includes("--update")) {
  fs.writeFileSync(BASELINE, `${JSON.stringify(counts, null, 2)}\n`);
  console.log(`literal-baseline.json: ${Object.keys(counts).length} files, ${total} literals`);
} else {
  const baseline = fs.existsSync(BASELINE) ? (JSON.parse(fs.readFileSync(BASELINE, "utf8")) as Record<string, number>) : {};
  for (const [f, n] of Object.entries(counts)) {
    const allowed = baseline[f] ?? 0;
    if (n > allowed) problems.push(`${f}: ${n} Chinese literals (allowed ${allowed}): move them to the catalogue`);
  }
  for (const [f, n] of Object.entries(baseline))
    if ((counts[f] ?? 0) < n) problems.push(`${f}: ${counts[f] ?? 0} Chinese literals, baseline says ${n}: run npm run i18n:baseline`);
}
const client = analyseClientKeys(root);
problems.push(...client.problems);
const zhTree = zhFiles.reduce(deepMerge, {});
for (const p of client.paths) {
  let node: string | Tree | undefined = zhTree;
  for (const k of p.split(".")) node = typeof node === "object" ? node[k] : undefined;
  const where = client.uses.find((u) => u.path === p || u.path.startsWith(`${p}.`));
  if (node === undefined) problems.push(`${where?.file}:${where?.line}: client code reads ${p}, which is not in the catalogue`);
}
const committed = { shell: client.shell, pages: client.pages };
if (process.argv.includes("--update")) {
  fs.writeFileSync(CLIENT_PATHS, `${JSON.stringify(committed, null, 2)}\n`);
  console.log(
    `client-namespaces.json: the shell's ${client.shell.length} paths and ${Object.keys(client.pages).length} pages' (${client.paths.length} paths in all)`,
  );
} else {
  const listed = fs.existsSync(CLIENT_PATHS) ? (JSON.parse(fs.readFileSync(CLIENT_PATHS, "utf8")) as typeof committed) : { shell: [], pages: {} };
  const compare = (what: string, has: readonly string[] = [], needs: readonly string[] = []) => {
    const lacks = needs.filter((p) => !has.includes(p));
    const extra = has.filter((p) => !needs.includes(p));
    if (lacks.length) problems.push(`client-namespaces.json: ${what} lacks ${lacks.join(", ")}, which its client code reads: run npm run i18n:baseline`);
    if (extra.length)
      problems.push(`client-namespaces.json: ${what} lists ${extra.join(", ")}, which its client code does not read: run npm run i18n:baseline`);
  };
  compare("the shell", listed.shell, client.shell);
  for (const page of new Set([...Object.keys(listed.pages), ...Object.keys(client.pages)]))
    if (!(page in client.pages)) problems.push(`client-namespaces.json lists ${page}, which is no page: run npm run i18n:baseline`);
    else compare(page, listed.pages[page], client.pages[page]);
}
problems.push(...pageWrapperProblems(root, Object.keys(client.pages)));
const keyProblems = problems.filter((p) => p.startsWith("key") || p.includes("key set by"));
if (process.argv.includes("--literals-only")) problems.splice(0, problems.length, ...problems.filter((p) => !keyProblems.includes(p)));
if (problems.length > 0) {
  console.error(problems.slice(0, 200).join("\n"));
  if (problems.length > 200) console.error(`… and ${problems.length - 200} more`);
  console.error(`check-i18n: ${problems.length} problems`);
  process.exit(1);
}
console.log(
  `check-i18n: catalogue whole in both languages; ${total} Chinese literals left in ${Object.keys(counts).length} files (baseline); ` +
    `the browser reads ${client.paths.length} catalogue paths`,
);
