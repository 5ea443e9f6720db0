// A complete, valid filing (12 members, every 附件1 field, three attachments) shared by the tests of
// the filing and of the review workflow.
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import type { TMemberInput } from "@/lib/validation/filing";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { fixtures } from "./fixture-files";

export const code = (n: number, region = "220101") => {
  const first17 = `91${region}MA${String(n).padStart(7, "0")}`;
  return first17 + creditCodeCheckChar(first17)!;
};
export const LEAD = code(1);

export function member(n: number, over: Partial<TMemberInput> = {}): TMemberInput {
  return {
    creditCode: code(n),
    name: `吉林省成员单位${n}有限公司`,
    type: "ENTERPRISE",
    role: "MEMBER",
    chainPosition: "MIDSTREAM",
    outputValue2022: 1200.5,
    profitTax2022: 80,
    resources: "省级企业技术中心",
    nationalTop10: false,
    provincialTop10: n % 2 === 0,
    disciplineStrengths: "",
    disciplineLeader: "",
    ...over,
  };
}

/** 12 members: 8 enterprises (lead + up- and downstream), 2 universities, 2 institutes; 4 on the council. */
export function goodMembers(): TMemberInput[] {
  return [
    member(1, { name: "吉林省氢能科技集团有限公司", role: "CHAIR", chainPosition: "MIDSTREAM" }),
    member(2, { role: "VICE_CHAIR", chainPosition: "UPSTREAM" }),
    member(3, { role: "COUNCIL", chainPosition: "DOWNSTREAM" }),
    member(4),
    member(5),
    member(6, { chainPosition: "UPSTREAM" }),
    member(7, { chainPosition: "DOWNSTREAM" }),
    member(8),
    member(9, {
      type: "UNIVERSITY",
      name: "长春某大学",
      role: "COUNCIL",
      chainPosition: null,
      creditCode: code(9).replace(/^91/, "12").slice(0, 17) + creditCodeCheckChar(code(9).replace(/^91/, "12").slice(0, 17))!,
    }),
    member(10, {
      type: "UNIVERSITY",
      name: "吉林某大学",
      chainPosition: null,
      creditCode: (() => {
        const f = `12220101MB${"0000010"}`;
        return f + creditCodeCheckChar(f)!;
      })(),
    }),
    member(11, {
      type: "RESEARCH_INSTITUTE",
      name: "吉林省某研究院",
      chainPosition: null,
      creditCode: (() => {
        const f = `12220101MB${"0000011"}`;
        return f + creditCodeCheckChar(f)!;
      })(),
    }),
    member(12, {
      type: "RESEARCH_INSTITUTE",
      name: "长春某研究所",
      chainPosition: null,
      creditCode: (() => {
        const f = `12220101MB${"0000012"}`;
        return f + creditCodeCheckChar(f)!;
      })(),
    }),
  ];
}

export const form = {
  name: "吉林省氢能产业科技创新联盟",
  subField: "氢能",
  agreementEffectiveOn: "2026-07-01",
  technicalField: "氢能制储运与燃料电池",
  chairName: "王建国",
  hostUnitName: "吉林省氢能科技集团有限公司",
  address: "吉林省长春市高新区创新路1号",
  postcode: "130012",
  contactName: "李明",
  phone: "0431-88886666",
  fax: "0431-88886667",
  innovationGoal: "围绕氢能制备、储运和燃料电池关键技术开展联合攻关，突破一批卡脖子技术，推动成果转化。",
};

/** Saves the complete form, attaches the three documents and submits: the filing is in division review, version 1. */
export async function submitCompleteFiling(prisma: PrismaClient, filer: SessionUser, allianceId: string): Promise<void> {
  const a = await prisma.alliance.findUniqueOrThrow({ where: { id: allianceId } });
  await saveDraft(filer, ZFilingDraftInput.parse({ allianceId, version: a.version, ...form, members: goodMembers() }));
  await uploadAttachment(filer, { allianceId, kind: "CHARTER", fileName: "联盟章程.docx", bytes: fixtures.docx() });
  await uploadAttachment(filer, { allianceId, kind: "AGREEMENT", fileName: "合作协议.docx", bytes: fixtures.docx() });
  await uploadAttachment(filer, { allianceId, kind: "CONSTRUCTION_PLAN", fileName: "建设方案.pdf", bytes: fixtures.pdf() });
  const now = await prisma.alliance.findUniqueOrThrow({ where: { id: allianceId } });
  await submitFiling(filer, { allianceId, version: now.version });
}
