import "server-only";
import ExcelJS from "exceljs";
import { ZMemberInput, type TMemberInput } from "../validation/filing";
import { z } from "../validation/zod";
import { inspectInWorker } from "../uploads/inspect";
import { CHAIN_LABEL, MEMBER_ROLE_LABEL, ORG_TYPE_LABEL } from "../i18n/labels";

// The bulk-import template: one row per member unit, columns as in 附件1 三.
// The drop-down words are the labels every screen and document uses (lib/i18n/labels.ts), read back to codes.
const byLabel = <C extends string>(labels: Record<C, string>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [label, code])) as Record<string, C>;
const TYPES = byLabel(ORG_TYPE_LABEL);
const ROLES = byLabel(MEMBER_ROLE_LABEL);
const CHAIN = byLabel(CHAIN_LABEL);
const YES_NO = { 是: true, 否: false } as const;

const COLUMNS = [
  { header: "统一社会信用代码", key: "creditCode", width: 22 },
  { header: "单位名称", key: "name", width: 34 },
  { header: "单位类型", key: "type", width: 12, list: Object.keys(TYPES) },
  { header: "联盟职务", key: "role", width: 14, list: Object.keys(ROLES) },
  { header: "产业链位置（企业填写）", key: "chain", width: 14, list: Object.keys(CHAIN) },
  { header: "2022年产值（万元）", key: "output", width: 16 },
  { header: "2022年利税（万元）", key: "profitTax", width: 16 },
  { header: "已有科技资源与平台", key: "resources", width: 30 },
  { header: "是否属于国内十强", key: "national", width: 12, list: Object.keys(YES_NO) },
  { header: "是否属于省内十强", key: "provincial", width: 12, list: Object.keys(YES_NO) },
  { header: "学科优势（高校、院所填写）", key: "discipline", width: 26 },
  { header: "学科带头人（高校、院所填写）", key: "leader", width: 16 },
] as const;

export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 500;
export const LYING_ARCHIVE = "表格文件已损坏，或解压后与其声明的大小不符，已拒绝";

export async function buildMemberTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "吉林省重点产业科技创新联盟备案与监管平台";
  const ws = wb.addWorksheet("成员单位");
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  ws.addRow({
    creditCode: "91220101MA0000001X（示例，请删除本行）",
    name: "吉林省示例科技有限公司",
    type: "企业",
    role: "成员单位",
    chain: "中游",
    output: 1200,
    profitTax: 80,
    resources: "省级企业技术中心",
    national: "否",
    provincial: "是",
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
  errors.push(`「${label}」应为：${Object.keys(map).join("、")}（当前为“${raw}”）`);
  return null;
}

function num(raw: string, label: string, errors: string[]): number | null {
  if (!raw) return null;
  const n = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(n)) {
    errors.push(`「${label}」应为数字（单位：万元），当前为“${raw}”`);
    return null;
  }
  return n;
}

const SHEET_PROBLEMS: Record<string, string> = {
  NOT_PACKAGE: "请上传 Excel（.xlsx）文件，可先下载导入模板",
  ZIP_BOMB: "表格解压后过大，已拒绝",
  LYING_SIZE: LYING_ARCHIVE,
  BROKEN: LYING_ARCHIVE,
  MACRO: "不接受含宏的表格文件（如 .xlsm），请另存为 .xlsx 后再导入",
  ACTIVE_CONTENT: "不接受含控件或嵌入对象的表格文件，请删除这些对象后另存为 .xlsx 再导入",
  EXTERNAL_LINK: "该表格会从外部文件或地址加载内容，已拒绝；请去掉外部链接后另存为 .xlsx 再导入",
  SHEET_TOO_LARGE: `工作表内容过大（超过 4 MB）；一次最多导入 ${MAX_ROWS} 行，请删去多余的行和格式后再导入`,
  NO_SHEET: "表格中没有工作表",
  UNREADABLE: "无法读取该 Excel 文件，请确认文件未损坏",
};
const SHEET_FAILED = "该表格无法在限定的时间和内存内读取，已拒绝；请只保留成员单位表、删去多余内容后再导入";

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
  if (bytes.length > MAX_SHEET_BYTES) return { problem: "表格文件超过 5 MB" };
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return { problem: SHEET_PROBLEMS.NOT_PACKAGE! };
  const read = await inspectInWorker("sheet", bytes, { maxRows: MAX_ROWS, columns: COLUMNS.length });
  if (!read.ok) {
    if (read.problem === "TOO_MANY_ROWS") return { problem: `工作表声明了 ${read.detail ?? "过多"} 行；一次最多导入 ${MAX_ROWS} 行，请删去多余的行后再导入` };
    return { problem: SHEET_PROBLEMS[read.problem] ?? SHEET_FAILED };
  }
  const sheet = ZSheetRead.safeParse(read);
  if (!sheet.success) return { problem: SHEET_FAILED };
  const formulaCells = new Map<number, number[]>();
  for (const f of sheet.data.formulas) formulaCells.set(f.row, [...(formulaCells.get(f.row) ?? []), f.col]);
  const result: SheetResult = { rows: [], errors: [] };
  const seen = new Map<string, number>();
  for (const { row: r, cells } of sheet.data.rows) {
    if (cells.every((c) => c === "") || cells[0]!.includes("示例")) continue;
    // A formula's cached result is not what the filer typed (=HYPERLINK(…) showed a name), and formula-like text
    // would run in whoever opens an export of it: both are refused with the cell named.
    const unsafe = [
      ...(formulaCells.get(r) ?? []).map(
        (c) => `第 ${r} 行 ${colName(c)} 列（「${COLUMNS[c - 1]!.header}」）是公式，请改为直接填写内容（复制后“选择性粘贴 → 数值”）`,
      ),
      ...cells.flatMap((v, i) =>
        FORMULA_LIKE.test(v) && !Number.isFinite(Number(v.replace(/,/g, ""))) && !(formulaCells.get(r) ?? []).includes(i + 1)
          ? [
              `第 ${r} 行 ${colName(i + 1)} 列（「${COLUMNS[i]!.header}」）以“${v[0] === "\t" ? "制表符" : v[0] === "\r" ? "回车" : v[0]}”开头，会被表格软件当作公式，请删去开头的符号`,
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
      type: lookup(TYPES, cells[2]!, "单位类型", errors),
      role: lookup(ROLES, cells[3]!, "联盟职务", errors) ?? "MEMBER",
      chainPosition: lookup(CHAIN, cells[4]!, "产业链位置", errors),
      outputValue2022: num(cells[5]!, "2022年产值", errors),
      profitTax2022: num(cells[6]!, "2022年利税", errors),
      resources: cells[7]!,
      nationalTop10: lookup(YES_NO, cells[8]!, "是否属于国内十强", errors) ?? false,
      provincialTop10: lookup(YES_NO, cells[9]!, "是否属于省内十强", errors) ?? false,
      disciplineStrengths: cells[10]!,
      disciplineLeader: cells[11]!,
    };
    const parsed = ZMemberInput.safeParse(candidate);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
    if (parsed.success) {
      const first = seen.get(parsed.data.creditCode);
      if (first) errors.push(`与第 ${first} 行的单位重复`);
      else seen.set(parsed.data.creditCode, r);
    }
    if (errors.length || !parsed.success) result.errors.push({ row: r, messages: [...new Set(errors)] });
    else result.rows.push({ row: r, member: { ...parsed.data, chainPosition: parsed.data.type === "ENTERPRISE" ? parsed.data.chainPosition : null } });
  }
  if (sheet.data.rowCount > MAX_ROWS + 1) result.errors.push({ row: MAX_ROWS + 2, messages: [`一次最多导入 ${MAX_ROWS} 行，其余行未读取`] });
  return result;
}
