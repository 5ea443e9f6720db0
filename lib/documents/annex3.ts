// 附件3: the cooperation agreement (合作协议书), with member lists, counts and a signature block
// per member unit.
import type { Paragraph } from "docx";
import { AGREEMENT_SIGNATURE, AGREEMENT_TEMPLATE } from "../../templates/annex3-agreement";
import { renderArticles } from "./articles";
import { byRole, chairUnitName, industryWord, isAcademic, names, totalsOf } from "./derive";
import { BLANK, fill, orBlank, type FillValues } from "./fill";
import { govDocument, line, toBuffer } from "./gbt9704";
import type { AllianceDocData } from "./types";

export function agreementValues(data: AllianceDocData): FillValues {
  const t = totalsOf(data);
  const chair = chairUnitName(data);
  const enterprises = data.members.filter((m) => m.type === "ENTERPRISE");
  const otherEnterprises = enterprises.filter((m) => m.name.trim() !== chair);
  // 主要参与企业 for basic research: enterprises on the council; all other enterprises if none.
  const councilEnterprises = otherEnterprises.filter((m) => m.role === "VICE_CHAIR" || m.role === "COUNCIL");
  const academic = names(data.members.filter(isAcademic));
  const address = data.address.trim();
  return {
    allianceName: data.name.trim(),
    industry: industryWord(data),
    // The template prints 吉林省长春市XX: keep the province prefix without assuming the city.
    contactAddress: !address ? BLANK : address.startsWith("吉林省") ? address : `吉林省${address}`,
    hostUnit: orBlank(data.hostUnitName),
    postcode: orBlank(data.postcode),
    // 第五条 发起人: the chair and vice-chair units (R6: the chair is the founding unit).
    founders: names([...byRole(data, "CHAIR"), ...byRole(data, "VICE_CHAIR")]) || orBlank(chair),
    memberTotal: t.total,
    enterpriseCount: t.enterprises,
    academicCount: t.universities + t.institutes,
    otherTypesClause: t.others > 0 ? `，其他单位${t.others}个` : "",
    chairUnits: names(byRole(data, "CHAIR")) || orBlank(chair),
    viceChairUnits: names(byRole(data, "VICE_CHAIR")) || "无",
    councilUnits: names(byRole(data, "COUNCIL")) || "无",
    councilCount: byRole(data, "COUNCIL").length,
    memberUnits: names(byRole(data, "MEMBER")),
    memberRoleCount: byRole(data, "MEMBER").length,
    // 第七条(三) 任务分工 is not in our data: a sensible default the parties can amend before signing.
    // Basic research leans on the chair plus universities and institutes; the other two on the chair.
    basicHost: [chair, academic].filter(Boolean).join("、") || BLANK,
    basicParticipants: names(councilEnterprises) || names(otherEnterprises) || BLANK,
    productHost: orBlank(chair),
    productParticipants: names(otherEnterprises) || BLANK,
    transferHost: orBlank(chair),
    transferParticipants: names(otherEnterprises) || BLANK,
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
