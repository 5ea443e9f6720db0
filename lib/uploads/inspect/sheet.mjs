// The member import's reading of an .xlsx (runs inside the inspection worker). The package passes the same OOXML
// check as every other upload (ooxml.mjs) within a small budget, the worksheet's size and declared dimension are
// bounded before ExcelJS sees it, and only the first rows are handed back as text, with formula cells named.
import { checkOoxml, firstElement } from "./ooxml.mjs";
import { readZipDirectory } from "./zip.mjs";

const XLSX_MAIN = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"];
// A filled 500-row template is about 300 KB of sheet XML and well under 1 MB in all; these leave room for
// Excel's and WPS's styles and themes while keeping any one import to a fraction of a second of parsing.
export const SHEET_BUDGET = 16 * 1024 * 1024;
export const MAX_SHEET_XML = 4 * 1024 * 1024;
export const MAX_DECLARED_ROWS = 10_000;

function cellText(v) {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v)
    return v.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if (typeof v === "object" && "text" in v) return String(v.text).trim();
  if (typeof v === "object" && "error" in v) return String(v.error);
  return String(v).trim();
}

const isFormula = (cell) => {
  const v = cell.value;
  return Boolean(cell.formula || cell.sharedFormula || (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)));
};

/**
 * @param {Buffer} bytes
 * @param {{ maxRows: number, columns: number }} opts
 * @returns {Promise<{ ok: true, rows: { row: number, cells: string[] }[], formulas: { row: number, col: number }[], rowCount: number } | { ok: false, problem: string, detail?: string }>}
 */
export async function readSheet(bytes, opts) {
  const isSheet = (lower) => /^xl\/worksheets\/[^/]+\.xml$/.test(lower);
  // The worksheets' declared sizes first (costless); checkOoxml then proves them by inflating.
  const listed = readZipDirectory(bytes);
  if (listed?.some((e) => isSheet(e.lower) && e.uncompressedSize > MAX_SHEET_XML) && listed.some((e) => e.lower === "xl/workbook.xml")) {
    return { ok: false, problem: "SHEET_TOO_LARGE" };
  }
  const pkg = await checkOoxml(bytes, { mainPart: "xl/workbook.xml", mainTypes: XLSX_MAIN, budget: SHEET_BUDGET, keep: isSheet });
  if (!pkg.ok) return pkg;
  const sheets = [...pkg.parts.keys()].filter(isSheet);
  if (sheets.length === 0) return { ok: false, problem: "NO_SHEET" };
  // The declared used range ("A1:L100001"), read before any parsing: a sheet claiming far more rows than an
  // import may hold is refused whatever its size.
  for (const name of sheets) {
    const ref =
      firstElement(
        pkg.parts
          .get(name)
          .subarray(0, 64 * 1024)
          .toString("utf8"),
        "dimension",
      )?.ref ?? "";
    const rows = /^[A-Za-z]+\d+:[A-Za-z]+(\d+)$/.exec(ref.trim())?.[1];
    if (rows && Number(rows) > MAX_DECLARED_ROWS) return { ok: false, problem: "TOO_MANY_ROWS", detail: rows };
  }
  // Loaded only for a package that passed every bound above (it takes a while to load).
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    return { ok: false, problem: "UNREADABLE" };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, problem: "NO_SHEET" };
  if (ws.rowCount > MAX_DECLARED_ROWS) return { ok: false, problem: "TOO_MANY_ROWS", detail: String(ws.rowCount) };
  const rows = [];
  const formulas = [];
  const last = Math.min(ws.rowCount, opts.maxRows + 1);
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    const cells = [];
    for (let c = 1; c <= opts.columns; c++) {
      const cell = row.getCell(c);
      if (isFormula(cell)) formulas.push({ row: r, col: c });
      cells.push(cellText(cell.value && typeof cell.value === "object" && "result" in cell.value ? cell.value.result : cell.value));
    }
    rows.push({ row: r, cells });
  }
  return { ok: true, rows, formulas, rowCount: ws.rowCount };
}
