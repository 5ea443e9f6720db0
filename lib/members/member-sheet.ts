import "server-only";
import ExcelJS from "exceljs";
import { ZMemberInput, type TMemberInput } from "../validation/filing";
import { z } from "../validation/zod";
import { inspectInWorker } from "../uploads/inspect";
import { CHAIN_LABEL, MEMBER_ROLE_LABEL, ORG_TYPE_LABEL } from "../i18n/labels";
import { text } from "../i18n/text";

// The bulk-import template: one row per member unit, columns as in 附件1 三. The template is a Chinese form like
// 附件1 itself (its headers, drop-down words and sample row are read back as data, whatever the page's language);
// the messages about a filled sheet follow the language and name its columns as the sheet has them.
// The drop-down words are the labels every screen and document uses (lib/i18n/labels.ts), read back to codes.
const byLabel = <C extends string>(labels: Record<C, string>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [label, code])) as Record<string, C>;
const TYPES = byLabel(ORG_TYPE_LABEL);
const ROLES = byLabel(MEMBER_ROLE_LABEL);
const CHAIN = byLabel(CHAIN_LABEL);
const YES_NO = { 是: true, 否: false } as const; // i18n-data

const COLUMNS = [
  { header: "统一社会信用代码", key: "creditCode", width: 22 }, // i18n-data: the column as the Chinese template names it
  { header: "单位名称", key: "name", width: 34 }, // i18n-data: the column as the Chinese template names it
  { header: "单位类型", key: "type", width: 12, list: Object.keys(TYPES) }, // i18n-data: the column as the Chinese template names it
  { header: "联盟职务", key: "role", width: 14, list: Object.keys(ROLES) }, // i18n-data: the column as the Chinese template names it
  { header: "产业链位置（企业填写）", key: "chain", width: 14, list: Object.keys(CHAIN) }, // i18n-data: the column as the Chinese template names it
  { header: "2022年产值（万元）", key: "output", width: 16 }, // i18n-data: the column as the Chinese template names it
  { header: "2022年利税（万元）", key: "profitTax", width: 16 }, // i18n-data: the column as the Chinese template names it
  { header: "已有科技资源与平台", key: "resources", width: 30 }, // i18n-data: the column as the Chinese template names it
  { header: "是否属于国内十强", key: "national", width: 12, list: Object.keys(YES_NO) }, // i18n-data: the column as the Chinese template names it
  { header: "是否属于省内十强", key: "provincial", width: 12, list: Object.keys(YES_NO) }, // i18n-data: the column as the Chinese template names it
  { header: "学科优势（高校、院所填写）", key: "discipline", width: 26 }, // i18n-data: the column as the Chinese template names it
  { header: "学科带头人（高校、院所填写）", key: "leader", width: 16 }, // i18n-data: the column as the Chinese template names it
] as const;

export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 500;
/** The refusal of an archive that lies about its size, in the current language. */
export function lyingArchiveMessage(): string {
  return text("filing.sheet.problems.LYING_SIZE");
}

export async function buildMemberTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "吉林省重点产业科技创新联盟备案与监管平台"; // i18n-data
  const ws = wb.addWorksheet("成员单位"); // i18n-data
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  // i18n-data: the sample row is in the template's language.
  ws.addRow({
    creditCode: "91220101MA0000001X（示例，请删除本行）", // i18n-data
    name: "吉林省示例科技有限公司", // i18n-data
    type: "企业", // i18n-data
    role: "成员单位", // i18n-data
    chain: "中游", // i18n-data
    output: 1200,
    profitTax: 80,
    resources: "省级企业技术中心", // i18n-data
    national: "否", // i18n-data
    provincial: "是", // i18n-data
  });
  // One validation per column range. Set cell by cell, exceljs merges them into ranges that overlap
  // (it walks addresses in text order, C10 before C2), and Excel then offers to repair the file.
  // (Worksheet.dataValidations exists in exceljs 4.4 but is missing from its type declarations.)
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  COLUMNS.forEach((c, i) => {
    if (!("list" in c)) return;
    const col = ws.getColumn(i + 1).letter;
    validations.add(`${col}2:${col}${MAX_ROWS + 1}`, { type: "list", allowBlank: true, formulae: [`"${c.list.join(",")}"`] });
  });
  // The header stays in view while scrolling, and prints on every page; a page is landscape and
  // all twelve columns wide (however many pages tall).
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetResult {
  rows: { row: number; member: TMemberInput }[];
  errors: { row: number; messages: string[] }[];
}

// What the worker hands back: only the first rows, as text, and where the formulas were.
const ZSheetRead = z.object({
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string().max(10_000)).length(COLUMNS.length) })).max(MAX_ROWS),
  formulas: z.array(z.object({ row: z.number().int(), col: z.number().int().min(1).max(COLUMNS.length) })),
  rowCount: z.number().int(),
});

function lookup<T extends Record<string, unknown>>(map: T, raw: string, label: string, errors: string[]): T[keyof T] | null {
  if (!raw) return null;
  if (Object.hasOwn(map, raw)) return map[raw as keyof T]; // not `in`: "constructor" is in every object
  errors.push(text("filing.sheet.notInList", { label, choices: Object.keys(map).join(text("filing.listSeparator")), value: raw }));
  return null;
}

function num(raw: string, label: string, errors: string[]): number | null {
  if (!raw) return null;
  const n = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(n)) {
    errors.push(text("filing.sheet.notNumber", { label, value: raw }));
    return null;
  }
  return n;
}

const SHEET_PROBLEMS = [
  "NOT_PACKAGE",
  "ZIP_BOMB",
  "LYING_SIZE",
  "MACRO",
  "ACTIVE_CONTENT",
  "EXTERNAL_LINK",
  "SHEET_TOO_LARGE",
  "NO_SHEET",
  "UNREADABLE",
] as const;
/** Why a sheet was refused, in the current language; a problem without its own words is "could not be read". */
function sheetProblem(code: string): string {
  if (code === "BROKEN") code = "LYING_SIZE";
  return (SHEET_PROBLEMS as readonly string[]).includes(code)
    ? text(`filing.sheet.problems.${code as (typeof SHEET_PROBLEMS)[number]}`, { max: MAX_ROWS })
    : text("filing.sheet.failed");
}

const colName = (col: number) => String.fromCharCode(64 + col);
// Text that a spreadsheet or a CSV export would run as a formula (=, +, -, @, or a leading tab/CR), unless it
// is plainly a number such as "-5".
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * Reads a filled template; every row is checked with the same schema as the form. The workbook itself is
 * inflated, checked and read in the inspection worker (lib/uploads/inspect.ts), bounded before parsing; only the
 * first MAX_ROWS rows come back here as text.
 */
export async function parseMemberSheet(bytes: Buffer): Promise<SheetResult | { problem: string }> {
  if (bytes.length > MAX_SHEET_BYTES) return { problem: text("filing.sheet.tooLarge") };
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return { problem: sheetProblem("NOT_PACKAGE") };
  const read = await inspectInWorker("sheet", bytes, { maxRows: MAX_ROWS, columns: COLUMNS.length });
  if (!read.ok) {
    if (read.problem === "TOO_MANY_ROWS")
      return { problem: text("filing.sheet.tooManyRows", { declared: read.detail ?? text("filing.sheet.tooMany"), max: MAX_ROWS }) };
    return { problem: sheetProblem(read.problem) };
  }
  const sheet = ZSheetRead.safeParse(read);
  if (!sheet.success) return { problem: text("filing.sheet.failed") };
  const formulaCells = new Map<number, number[]>();
  for (const f of sheet.data.formulas) formulaCells.set(f.row, [...(formulaCells.get(f.row) ?? []), f.col]);
  const result: SheetResult = { rows: [], errors: [] };
  const seen = new Map<string, number>();
  for (const { row: r, cells } of sheet.data.rows) {
    if (cells.every((c) => c === "") || cells[0]!.includes("示例")) continue; // i18n-data: the sample row's mark
    // A formula's cached result is not what the filer typed (=HYPERLINK(…) showed a name), and formula-like text
    // would run in whoever opens an export of it: both are refused with the cell named.
    const unsafe = [
      ...(formulaCells.get(r) ?? []).map((c) => text("filing.sheet.formula", { row: r, col: colName(c), header: COLUMNS[c - 1]!.header })),
      ...cells.flatMap((v, i) =>
        FORMULA_LIKE.test(v) && !Number.isFinite(Number(v.replace(/,/g, ""))) && !(formulaCells.get(r) ?? []).includes(i + 1)
          ? [
              text("filing.sheet.formulaLike", {
                row: r,
                col: colName(i + 1),
                header: COLUMNS[i]!.header,
                start: v[0] === "\t" ? text("filing.sheet.tab") : v[0] === "\r" ? text("filing.sheet.carriageReturn") : v[0]!,
              }),
            ]
          : [],
      ),
    ];
    if (unsafe.length) {
      result.errors.push({ row: r, messages: unsafe });
      continue;
    }
    const errors: string[] = [];
    const candidate = {
      creditCode: cells[0]!,
      name: cells[1]!,
      type: lookup(TYPES, cells[2]!, "单位类型", errors), // i18n-data: the column as the Chinese template names it
      role: lookup(ROLES, cells[3]!, "联盟职务", errors) ?? "MEMBER", // i18n-data: the column as the Chinese template names it
      chainPosition: lookup(CHAIN, cells[4]!, "产业链位置", errors), // i18n-data: the column as the Chinese template names it
      outputValue2022: num(cells[5]!, "2022年产值", errors), // i18n-data: the column as the Chinese template names it
      profitTax2022: num(cells[6]!, "2022年利税", errors), // i18n-data: the column as the Chinese template names it
      resources: cells[7]!,
      nationalTop10: lookup(YES_NO, cells[8]!, "是否属于国内十强", errors) ?? false, // i18n-data: the column as the Chinese template names it
      provincialTop10: lookup(YES_NO, cells[9]!, "是否属于省内十强", errors) ?? false, // i18n-data: the column as the Chinese template names it
      disciplineStrengths: cells[10]!,
      disciplineLeader: cells[11]!,
    };
    const parsed = ZMemberInput.safeParse(candidate);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
    if (parsed.success) {
      const first = seen.get(parsed.data.creditCode);
      if (first) errors.push(text("filing.duplicateOfRow", { row: first }));
      else seen.set(parsed.data.creditCode, r);
    }
    if (errors.length || !parsed.success) result.errors.push({ row: r, messages: [...new Set(errors)] });
    else result.rows.push({ row: r, member: { ...parsed.data, chainPosition: parsed.data.type === "ENTERPRISE" ? parsed.data.chainPosition : null } });
  }
  if (sheet.data.rowCount > MAX_ROWS + 1) result.errors.push({ row: MAX_ROWS + 2, messages: [text("filing.sheet.rowsCut", { max: MAX_ROWS })] });
  return result;
}
