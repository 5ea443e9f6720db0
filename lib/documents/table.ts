// Table helpers for the filing form: fixed layout in twips so Word and WPS agree on column widths.
import {
  AlignmentType,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { FONT, SIZE, TEXT_WIDTH, run } from "./gbt9704";

export interface CellOptions {
  span?: number;
  align?: "left" | "center";
  header?: boolean;
  size?: number;
}

/** Cell text: multi-line values become separate paragraphs. Tables use 4号/小四 with exact spacing. */
export function cellParagraphs(text: string, opts: CellOptions = {}): Paragraph[] {
  const size = opts.size ?? SIZE.si;
  const lines = text.split(/\r?\n/);
  return lines.map(
    (t) =>
      new Paragraph({
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
    margins: { left: 100, right: 100, top: 40, bottom: 40 },
  });
}

export function row(cells: TableCell[], minHeight?: number): TableRow {
  return new TableRow({
    children: cells,
    cantSplit: true,
    height: minHeight ? { value: minHeight, rule: HeightRule.ATLEAST } : undefined,
  });
}

export function table(columnWidths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/** A one-cell box spanning the text width (技术创新目标, review opinions). */
export function box(children: Paragraph[], minHeight: number): Table {
  return table([TEXT_WIDTH], [row([cell(children, TEXT_WIDTH)], minHeight)]);
}
