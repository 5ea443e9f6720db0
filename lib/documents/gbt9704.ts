// Official-document layout per GB/T 9704-2012, shared by every generated document.
// See REFERENCE.md "Official document layout". Every run gets an explicit rFonts with a Chinese
// w:eastAsia: docx's `{ name, eastAsia }` font form silently drops eastAsia, and a run that relies
// on style inheritance alone falls back to the Latin font for CJK text in some viewers.
import { STYLE, stylesXml } from "./styles";
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
  type IFontAttributesProperties,
  type Table,
} from "docx";

export const PAGE = {
  width: 11906, // A4, twips
  height: 16838,
  // footer 1304 (23 mm): the 4号 page-number line (exact 14 pt) then starts 7 mm below the 版心 (7.5).
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1304 },
} as const;
/** 版心 width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** 版心 height: 225 mm. */
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** GB/T 9704 5.2.2: 22 lines of 28 characters of 3号 text in the 版心. */
export const GRID = { chars: 28, lines: 22 } as const;

export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  h1: "黑体",
  h2: "楷体_GB2312",
  pageNo: "宋体",
} as const;

/** Chinese type sizes in half-points. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24 } as const;

/** 28 pt exact: 22 lines in the 版心 (REFERENCE.md). */
export const EXACT_28PT = { line: 560, lineRule: LineRuleType.EXACT } as const;

export const CREATOR = "吉林省重点产业科技创新联盟备案与监管平台";

export function fontOf(eastAsia: string): IFontAttributesProperties {
  return { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia, cs: "Times New Roman", hint: "eastAsia" };
}

export interface RunStyle {
  font?: string;
  size?: number;
  bold?: boolean;
}

/**
 * The document grid in twips and 1/4096 pt, derived rather than typed in: the line pitch divides the
 * 版心 height into 22 lines, and charSpace is the difference between the wanted pitch (版心 width / 28)
 * and the Normal style's character width (3号 = 16 pt), in 4096ths of a point (ECMA-376 17.6.5).
 * Rounded down so that 28 characters always fit.
 */
export function gridFor(bodyHalfPoints: number = SIZE.san) {
  const pitchPt = TEXT_WIDTH / 20 / GRID.chars;
  return {
    linePitch: Math.floor(TEXT_HEIGHT / GRID.lines),
    charSpace: Math.floor((pitchPt - bodyHalfPoints / 2) * 4096),
  };
}

/**
 * Two-character first-line indent: firstLineChars for Word and WPS, and the same two grid cells in
 * twips for LibreOffice, which reads only the latter.
 */
export const INDENT_2 = { firstLineChars: 200, firstLine: Math.round((2 * TEXT_WIDTH) / GRID.chars) } as const;

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: fontOf(style.font ?? FONT.body), size: style.size ?? SIZE.san, bold: style.bold });
}

/** A title line holds 20 characters of 2号 (22 pt) in 156 mm; one less leaves room for a bracket's kerning. */
const TITLE_CHARS = 19;

/**
 * 2号 小标宋 centred title, followed by one empty line. Given parts (e.g. the alliance's name and
 * 申报（备案）表), a title too long for one line breaks between them rather than leaving a word
 * alone on the second line (GB/T 9704 7.3.3: 回行时要做到词意完整).
 */
export function title(text: string | readonly string[]): Paragraph {
  const parts = (typeof text === "string" ? [text] : text).filter(Boolean);
  const oneLine = parts.join("").length <= TITLE_CHARS;
  const children = oneLine
    ? [run(parts.join(""), { font: FONT.title, size: SIZE.er })]
    : parts.map((p, i) => new TextRun({ text: p, font: fontOf(FONT.title), size: SIZE.er, break: i > 0 ? 1 : undefined }));
  return new Paragraph({
    style: STYLE.noGrid,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
    children,
  });
}

/** 3号 仿宋 body paragraph, justified, 2-character first-line indent. */
export function body(content: string | TextRun[], opts: { indent?: boolean; keepNext?: boolean; grid?: boolean } = {}): Paragraph {
  return new Paragraph({
    // grid: false for a line of figures (备案编号, 日期) that is not running text.
    style: opts.grid === false ? STYLE.noGrid : undefined,
    alignment: AlignmentType.BOTH,
    keepNext: opts.keepNext,
    spacing: EXACT_28PT,
    indent: opts.indent === false ? undefined : INDENT_2,
    children: typeof content === "string" ? [run(content)] : content,
  });
}

/** A heading never ends a page: it keeps with what follows (a paragraph or a table's first row). */
function headingParagraph(children: TextRun[], indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: EXACT_28PT,
    keepNext: true,
    keepLines: true,
    indent: indent ? INDENT_2 : undefined,
    children,
  });
}

/** 一、 level heading: 黑体 3号. */
export function heading1(text: string): Paragraph {
  return headingParagraph([run(text, { font: FONT.h1 })]);
}

/** （一） level heading: 楷体 3号. */
export function heading2(text: string): Paragraph {
  return headingParagraph([run(text, { font: FONT.h2 })]);
}

/** 1. level heading (third level, GB/T 9704 7.3.3): 仿宋 3号, kept with what follows. */
export function heading3(text: string): Paragraph {
  return headingParagraph([run(text)]);
}

/** Centred 黑体 line, e.g. "第一章 总则"; kept with the article below it. */
export function centred(text: string, font: string = FONT.h1): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: EXACT_28PT, keepNext: true, children: [run(text, { font })] });
}

/** Unindented line (signature blocks, stamp and date lines); `indentLeft` in twips places it mid-page. */
export function line(text: string, opts: { align?: "left" | "right" | "center"; indentLeft?: number; keepNext?: boolean } & RunStyle = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[opts.align ?? "left"];
  const size = opts.size ?? SIZE.san;
  return new Paragraph({
    // Stamp, date and signature lines are not running text: off the grid, a date's digits keep
    // their natural width (LibreOffice gives each run of Latin characters whole grid cells).
    style: STYLE.noGrid,
    alignment,
    keepNext: opts.keepNext,
    indent: opts.indentLeft ? { left: opts.indentLeft } : undefined,
    spacing: size === SIZE.san ? EXACT_28PT : { line: size * 14, lineRule: LineRuleType.EXACT },
    children: text ? [run(text, opts)] : [],
  });
}

/** "附件1": 黑体 3号 at the top left (GB/T 9704 附件 mark). */
export function annexMark(text: string): Paragraph {
  return line(text, { font: FONT.h1 });
}

/** One 全角 space of 4号 text, in twips: the page number's distance from the 版心 edge. */
const PAGE_NO_INSET = SIZE.si * 10;

/**
 * Page number "— 1 —", 4号 宋体 (GB/T 9704 7.5): odd pages at the right, even pages at the left,
 * one 全角 space in from the 版心 edge, so the number sits at the outside corner of a two-sided print.
 */
function pageFooter(side: "odd" | "even"): Footer {
  const children: ParagraphChild[] = [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fontOf(FONT.pageNo), size: SIZE.si })];
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.noGrid,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: PAGE_NO_INSET } : { left: PAGE_NO_INSET },
        spacing: { line: SIZE.si * 10, lineRule: LineRuleType.EXACT },
        children,
      }),
    ],
  });
}

export interface GovDocOptions {
  title: string;
  children: (Paragraph | Table)[];
}

export function govDocument({ title: docTitle, children }: GovDocOptions): Document {
  return new Document({
    title: docTitle,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    revision: 1,
    externalStyles: stylesXml(FONT.body, SIZE.san),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
          grid: { type: DocumentGridType.LINES_AND_CHARS, ...gridFor(SIZE.san) },
        },
        footers: { default: pageFooter("odd"), even: pageFooter("even") },
        children,
      },
    ],
  });
}

export function toBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
