import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_FILES, deepMerge, type Tree } from "../i18n/catalogue";
import { analyseClientKeys, chineseLiterals, coveredBy, missingKeys, overlappingKeys, sourceFiles } from "../i18n/check";

// npm run lint: the catalogue is whole in both languages, and code carries no Chinese interface text.
// Files still holding literals are listed with their count in lib/i18n/literal-baseline.json: a file may go
// down, never up, and a file not listed may hold none (`--update` rewrites the list after a file is moved over).
// The catalogue paths client code reads are listed in lib/i18n/client-namespaces.json (the page hands the browser
// only those): a path the code needs and the list lacks fails, as does a path nothing needs (`--update` rewrites it).

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
if (process.argv.includes("--update")) {
  fs.writeFileSync(CLIENT_PATHS, `${JSON.stringify(client.paths, null, 2)}\n`);
  console.log(`client-namespaces.json: ${client.paths.length} paths the browser reads`);
} else {
  const listed = fs.existsSync(CLIENT_PATHS) ? (JSON.parse(fs.readFileSync(CLIENT_PATHS, "utf8")) as string[]) : [];
  const reported = new Set<string>();
  for (const u of client.uses)
    if (!coveredBy(listed, u.path) && !reported.has(u.path)) {
      reported.add(u.path);
      problems.push(`${u.file}:${u.line}: reads ${u.path} in the browser, which lib/i18n/client-namespaces.json lacks: run npm run i18n:baseline`);
    }
  for (const p of listed)
    if (!client.paths.includes(p)) problems.push(`lib/i18n/client-namespaces.json lists ${p}, which no client code reads as such: run npm run i18n:baseline`);
}
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
