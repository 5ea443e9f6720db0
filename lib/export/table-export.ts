import ExcelJS from "exceljs";
import { text as say } from "../i18n/text";

// Every oversight table exports the rows on screen, with the filters applied, as .xlsx or .csv.
// Pure: column definitions and rows in, bytes out; the route decides who may export what. The sheet's own
// words (yes/no, the filter line) are in the requester's language (routes run inLocale).

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => string | number | Date | boolean | null | undefined;
  width?: number;
}

export interface ExportTable<R> {
  title: string;
  /** One line under the title saying which filters produced the rows, e.g. "产业：新能源；状态：已备案". */
  filters?: string;
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? say("export.yes") : say("export.no");
  return String(v);
}

/**
 * A cell starting with = + - @ (or a tab/CR) is a formula to Excel; prefixing a quote keeps a
 * filer-typed name like "=HYPERLINK(...)" inert (CSV/formula injection).
 */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Excel reads "2026-01", "2026-08-31" or "2026年1月" in a CSV as a date and shows it its own way
 * (Jan-26, 2026/8/31). Written as ="…" the cell stays exactly the text shown. Only these all-digit
 * shapes are wrapped, so nothing a user typed can become a formula this way.
 */
const DATE_LIKE = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)$/;

function csvText(text: string): string {
  return DATE_LIKE.test(text) ? `="${text}"` : neutralize(text);
}

/** UTF-8 with BOM and CRLF, which Excel on Chinese Windows opens without garbling. */
export function toCsv<R>(t: ExportTable<R>): Buffer {
  const lines = [t.columns.map((c) => csvField(c.header)).join(",")];
  for (const r of t.rows) {
    lines.push(
      t.columns
        .map((c) => {
          const v = c.value(r);
          return csvField(typeof v === "number" ? String(v) : csvText(cellText(v)));
        })
        .join(","),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}

export async function toXlsx<R>(t: ExportTable<R>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = say("app.title");
  const ws = wb.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, "_"));
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  ws.addRow([t.filters ? say("export.filters", { filters: t.filters }) : say("export.filtersAll")]);
  const header = ws.addRow(t.columns.map((c) => c.header));
  header.font = { bold: true };
  t.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2)));
  for (const r of t.rows) {
    ws.addRow(
      t.columns.map((c) => {
        const v = c.value(r);
        // Numbers stay numbers so the sheet can sum them; text is neutralized like the CSV.
        return typeof v === "number" ? v : neutralize(cellText(v));
      }),
    );
  }
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
