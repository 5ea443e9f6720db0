// Renders an article-style template (附件2 章程, 附件3 合作协议书) into GB/T 9704 paragraphs.
import type { Paragraph } from "docx";
import type { ArticleTemplate, Block } from "../../templates/types";
import { fill, type FillValues } from "./fill";
import { kindWording } from "./derive";
import { FONT, annexMark, body, centred, heading2, heading3, run, title } from "./gbt9704";
import type { AllianceKindWord } from "./types";

export function renderArticles(t: ArticleTemplate, values: FillValues, kind: AllianceKindWord): Paragraph[] {
  // Kind wording first (template text only), then the values, so member names are never rewritten.
  const tx = (s: string) => fill(kindWording(s, kind), values);
  const out: Paragraph[] = [annexMark(t.annex), title(titleParts(t.title, tx)), ...t.preamble.map((p) => body(tx(p)))];
  for (const chapter of t.chapters) {
    out.push(centred(tx(chapter.title)));
    for (const article of chapter.articles) {
      // "第一条" in 黑体, then the article text, separated by a full-width space. An article that is
      // only a title for its blocks ("第九条 联盟的项目管理") stays with them.
      const p = body([run(tx(article.no), { font: FONT.h1 }), run(`　${tx(article.text)}`)], {
        keepNext: isTitleLine(article.text) && !!article.blocks?.length,
      });
      out.push(p);
      for (const block of article.blocks ?? []) {
        const p = renderBlock(block, values, tx);
        if (p) out.push(p);
      }
    }
  }
  return out;
}

/** A short line without a sentence end: a title for what follows, never left at a page's foot. */
function isTitleLine(text: string): boolean {
  return text.length <= 24 && !/[。；;：:]$/.test(text.trim());
}

function renderBlock(block: Block, values: FillValues, tx: (s: string) => string): Paragraph | null {
  // "1、基础性共性技术研究": the third level (GB/T 9704 7.3.3), kept with its lines.
  if (typeof block === "string") return /^\d+、/.test(block) && isTitleLine(block) ? heading3(tx(block)) : body(tx(block));
  if ("heading" in block) return heading2(tx(block.heading));
  const v = values[block.if];
  return v === undefined || v === "" ? null : body(tx(block.text));
}

/** "{{allianceName}}章程" → [name, "章程"]: where a long title may break (see title()). */
function titleParts(template: string, tx: (s: string) => string): string[] {
  const NAME = "{{allianceName}}";
  return template.startsWith(NAME) ? [tx(NAME), tx(template.slice(NAME.length))] : [tx(template)];
}
