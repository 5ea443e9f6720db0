// Official-document layout per GB/T 9704-2012, shared by every generated document.
// See REFERENCE.md "Official document layout". Every run gets an explicit rFonts with a Chinese
// w:eastAsia: docx's `{ name, eastAsia }` font form silently drops eastAsia, and a run that relies
// on style inheritance alone falls back to the Latin font for CJK text in some viewers.
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
  type IFontAttributesProperties,
  type Table,
} from "docx";

export const PAGE = {
  width: 11906, // A4, twips
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 992 },
} as const;
/** 版心 width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

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

export function run(text: string, style: RunStyle = {}): TextRun {
  const size = style.size ?? SIZE.san;
  return new TextRun({
    text,
    font: fontOf(style.font ?? FONT.body),
    size,
    bold: style.bold,
    // The character grid is sized for 3号 body text; other sizes (title, tables, page number)
    // would be stretched to its pitch, so they opt out.
    snapToGrid: size === SIZE.san ? undefined : false,
  });
}

/** 2号 小标宋 centred title, followed by one empty line. */
export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
    children: [run(text, { font: FONT.title, size: SIZE.er })],
  });
}

/** 3号 仿宋 body paragraph, justified, 2-character first-line indent. */
export function body(content: string | TextRun[], opts: { indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: EXACT_28PT,
    indent: opts.indent === false ? undefined : { firstLineChars: 200 },
    children: typeof content === "string" ? [run(content)] : content,
  });
}

/** 一、 level heading: 黑体 3号. */
export function heading1(text: string): Paragraph {
  return body([run(text, { font: FONT.h1 })]);
}

/** （一） level heading: 楷体 3号. */
export function heading2(text: string): Paragraph {
  return body([run(text, { font: FONT.h2 })]);
}

/** Centred 黑体 line, e.g. "第一章 总则". */
export function centred(text: string, font: string = FONT.h1): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: EXACT_28PT, children: [run(text, { font })] });
}

/** Unindented line (signature blocks, stamp and date lines); `indentLeft` in twips places it mid-page. */
export function line(
  text: string,
  opts: { align?: "left" | "right" | "center"; indentLeft?: number } & RunStyle = {},
): Paragraph {
  const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[opts.align ?? "left"];
  const size = opts.size ?? SIZE.san;
  return new Paragraph({
    alignment,
    indent: opts.indentLeft ? { left: opts.indentLeft } : undefined,
    spacing: size === SIZE.san ? EXACT_28PT : { line: size * 14, lineRule: LineRuleType.EXACT },
    children: text ? [run(text, opts)] : [],
  });
}

/** "附件1": 黑体 3号 at the top left (GB/T 9704 附件 mark). */
export function annexMark(text: string): Paragraph {
  return line(text, { font: FONT.h1 });
}

/** Page number "— 1 —", 4号 宋体, centred. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: fontOf(FONT.pageNo),
            size: SIZE.si,
            snapToGrid: false,
          }),
        ],
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
    styles: {
      default: {
        document: { run: { font: fontOf(FONT.body), size: SIZE.san } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
          // 28 characters per line: pitch = 3号 (16 pt) + charSpace/4096 pt ≈ 156 mm / 28.
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: 579, charSpace: -842 },
        },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
}

export function toBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
