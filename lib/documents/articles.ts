// Renders an article-style template (附件2 章程, 附件3 合作协议书) into GB/T 9704 paragraphs.
import type { Paragraph } from "docx";
import type { ArticleTemplate, Block } from "../../templates/types";
import { fill, type FillValues } from "./fill";
import { kindWording } from "./derive";
import { FONT, annexMark, body, centred, heading2, run, title } from "./gbt9704";
import type { AllianceKindWord } from "./types";

export function renderArticles(t: ArticleTemplate, values: FillValues, kind: AllianceKindWord): Paragraph[] {
  // Kind wording first (template text only), then the values, so member names are never rewritten.
  const tx = (s: string) => fill(kindWording(s, kind), values);
  const out: Paragraph[] = [annexMark(t.annex), title(titleParts(t.title, tx)), ...t.preamble.map((p) => body(tx(p)))];
  for (const chapter of t.chapters) {
    out.push(centred(tx(chapter.title)));
    for (const article of chapter.articles) {
      // "第一条" in 黑体, then the article text, separated by a full-width space.
      out.push(body([run(tx(article.no), { font: FONT.h1 }), run(`　${tx(article.text)}`)]));
      for (const block of article.blocks ?? []) {
        const p = renderBlock(block, values, tx);
        if (p) out.push(p);
      }
    }
  }
  return out;
}

function renderBlock(block: Block, values: FillValues, tx: (s: string) => string): Paragraph | null {
  if (typeof block === "string") return body(tx(block));
  if ("heading" in block) return heading2(tx(block.heading));
  const v = values[block.if];
  return v === undefined || v === "" ? null : body(tx(block.text));
}

/** "{{allianceName}}章程" → [name, "章程"]: where a long title may break (see title()). */
function titleParts(template: string, tx: (s: string) => string): string[] {
  const NAME = "{{allianceName}}";
  return template.startsWith(NAME) ? [tx(NAME), tx(template.slice(NAME.length))] : [tx(template)];
}
