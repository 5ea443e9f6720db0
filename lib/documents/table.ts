// Table helpers for the filing form: fixed layout in twips so Word and WPS agree on column widths.
import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { FONT, SIZE, TEXT_WIDTH, run } from "./gbt9704";
import { STYLE } from "./styles";

export interface CellOptions {
  span?: number;
  align?: "left" | "center";
  header?: boolean;
  size?: number;
}

/**
 * Cell text: multi-line values (and labels with a chosen break, e.g. "联盟名称\n（全称）") become
 * separate paragraphs. Tables use 4号/小四 with exact spacing, off the 3号 character grid.
 */
export function cellParagraphs(text: string, opts: CellOptions = {}): Paragraph[] {
  const size = opts.size ?? SIZE.si;
  const lines = text.split(/\r?\n/);
  return lines.map(
    (t) =>
      new Paragraph({
        style: STYLE.noGrid,
        alignment: opts.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: size * 14, lineRule: LineRuleType.EXACT },
        children: t ? [run(t, { size, font: opts.header ? FONT.h1 : FONT.body })] : [],
      }),
  );
}

export function cell(content: string | Paragraph[], width: number, opts: CellOptions = {}): TableCell {
  return new TableCell({
    children: typeof content === "string" ? cellParagraphs(content, opts) : content,
    columnSpan: opts.span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
  });
}

export interface RowOptions {
  /** Repeated at the top of every page the table continues on. */
  header?: boolean;
  /** Kept on the page of the next row (a small table that must not split, e.g. a decision box). */
  keepNext?: boolean;
}

/** Rows never split across pages: a row is read as one record. */
export function row(cells: TableCell[], minHeight?: number, opts: RowOptions = {}): TableRow {
  return new TableRow({
    children: cells,
    cantSplit: true,
    tableHeader: opts.header,
    keepNext: opts.keepNext,
    height: minHeight ? { value: minHeight, rule: HeightRule.ATLEAST } : undefined,
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Fixed layout in twips; `borderless` for layout only (the certificate's verification line). */
export function table(columnWidths: number[], rows: TableRow[], opts: { borderless?: boolean } = {}): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: opts.borderless ? NO_BORDERS : undefined,
    rows,
  });
}

/** A one-cell box spanning the text width (技术创新目标, review opinions). */
export function box(children: Paragraph[], minHeight: number): Table {
  return table([TEXT_WIDTH], [row([cell(children, TEXT_WIDTH)], minHeight)]);
}
