// The whole styles.xml of every generated document, written out because the docx library cannot
// put <w:snapToGrid w:val="0"/> in paragraph properties, and both Word and LibreOffice need it there:
// LibreOffice ignores the run-level switch, and Word sizes the character grid from the Normal
// style's font size, which LibreOffice also reads (with no size there it assumes 12 pt, and 3号
// text takes two grid cells a character: 18 characters a line instead of 28).
//
//   Normal  3号 仿宋 on the grid; no automatic right-indent adjustment and no extra space between
//           Chinese and Latin text, so a full line holds exactly 28 characters in Word, WPS and
//           LibreOffice alike.
//   NoGrid  off the grid: titles, table cells, the page number, the certificate's QR line (their
//           sizes differ from 3号, and on the grid each character would be stretched to a cell).

export const STYLE = { noGrid: "NoGrid" } as const;

/**
 * Grid text is set at 98 % width. Word and WPS put each 3号 character in one 15.79 pt cell of the
 * grid (28 a line) whatever its width; LibreOffice gives a character as many cells as its advance
 * needs, rounding up, so a 16 pt character took two cells (14 a line). At 98 % (15.68 pt) it fits
 * one cell in all three: measured with LibreOffice 7.4, 28 a line; condensed letter spacing does
 * not help, as LibreOffice adds it after choosing the cells.
 */
export const GRID_SCALE = 98;

const FONTS = (eastAsia: string) =>
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsia}" w:cs="Times New Roman" w:hint="eastAsia"/>`;

export function stylesXml(bodyFont: string, bodyHalfPoints: number): string {
  const size = `<w:sz w:val="${bodyHalfPoints}"/><w:szCs w:val="${bodyHalfPoints}"/>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`,
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONTS(bodyFont)}${size}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>`,
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>`,
    `<w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:adjustRightInd w:val="0"/><w:jc w:val="both"/></w:pPr>`,
    `<w:rPr>${FONTS(bodyFont)}<w:w w:val="${GRID_SCALE}"/>${size}</w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE.noGrid}"><w:name w:val="不对齐网格"/><w:basedOn w:val="Normal"/><w:qFormat/>`,
    `<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr><w:w w:val="100"/></w:rPr></w:style>`,
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>`,
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
    `</w:styles>`,
  ].join("");
}
