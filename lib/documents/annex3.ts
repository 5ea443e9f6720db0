// 附件3: the cooperation agreement (合作协议书), with member lists, counts and a signature block
// per member unit.
import type { Paragraph } from "docx";
import { AGREEMENT_SIGNATURE, AGREEMENT_TEMPLATE } from "../../templates/annex3-agreement";
import { renderArticles } from "./articles";
import { byRole, chairUnitName, industryWord, names, totalsOf } from "./derive";
import { BLANK, fill, orBlank, type FillValues } from "./fill";
import { govDocument, line, toBuffer } from "./gbt9704";
import type { AllianceDocData } from "./types";

/**
 * A line the parties complete by hand before signing: long enough to write on, and saying so, so it
 * cannot be mistaken for a value the filing holds.
 */
export const HAND_FILL = "＿＿＿＿＿＿＿＿（签署前填写）";
const TASKS_NOTE = "本条分工由协议各方协商确定，在签署前填写。";

export function agreementValues(data: AllianceDocData): FillValues {
  const t = totalsOf(data);
  const chair = chairUnitName(data);
  const address = data.address.trim();
  const members = byRole(data, "MEMBER");
  return {
    allianceName: data.name.trim(),
    industry: industryWord(data),
    // The template prints 吉林省长春市XX: keep the province prefix without assuming the city.
    contactAddress: !address ? BLANK : address.startsWith("吉林省") ? address : `吉林省${address}`,
    hostUnit: orBlank(data.hostUnitName),
    postcode: orBlank(data.postcode),
    // 第五条 发起人: the filing has no such field, so nobody is named for the parties.
    founders: HAND_FILL,
    memberTotal: t.total,
    enterpriseCount: t.enterprises,
    academicCount: t.universities + t.institutes,
    otherTypesClause: t.others > 0 ? `，其他单位${t.others}个` : "",
    parts: members.length ? "理事长单位、副理事长单位、理事单位和成员单位四部分" : "理事长单位、副理事长单位和理事单位三部分",
    chairUnits: names(byRole(data, "CHAIR")) || orBlank(chair),
    viceChairUnits: names(byRole(data, "VICE_CHAIR")) || "无",
    councilUnits: names(byRole(data, "COUNCIL")) || "无",
    councilCount: byRole(data, "COUNCIL").length,
    memberUnits: names(members),
    memberRoleCount: members.length,
    // 第七条（三） 任务分工: not in the filing either; blank lines, marked, under a note saying why.
    tasksNote: TASKS_NOTE,
    basicHost: HAND_FILL,
    basicParticipants: HAND_FILL,
    productHost: HAND_FILL,
    productParticipants: HAND_FILL,
    transferHost: HAND_FILL,
    transferParticipants: HAND_FILL,
  };
}

function signatureBlocks(data: AllianceDocData): Paragraph[] {
  const out: Paragraph[] = [line("")];
  data.members.forEach((m, i) => {
    for (const text of AGREEMENT_SIGNATURE) out.push(line(fill(text, { n: i + 1, unit: m.name.trim() })));
    out.push(line(""));
  });
  return out;
}

export async function buildAgreement(data: AllianceDocData): Promise<Buffer> {
  const values = agreementValues(data);
  const doc = govDocument({
    title: fill(AGREEMENT_TEMPLATE.title, values),
    children: [...renderArticles(AGREEMENT_TEMPLATE, values, data.kind), ...signatureBlocks(data)],
  });
  return toBuffer(doc);
}
