// 附件2: the alliance charter (章程) filled with the alliance's name and industry word.
import { CHARTER_TEMPLATE } from "../../templates/annex2-charter";
import { renderArticles } from "./articles";
import { industryWord } from "./derive";
import { govDocument, toBuffer } from "./gbt9704";
import { fill } from "./fill";
import type { AllianceDocData } from "./types";

export async function buildCharter(data: AllianceDocData): Promise<Buffer> {
  const values = { allianceName: data.name.trim(), industry: industryWord(data) };
  const doc = govDocument({
    title: fill(CHARTER_TEMPLATE.title, values),
    children: renderArticles(CHARTER_TEMPLATE, values, data.kind),
  });
  return toBuffer(doc);
}
