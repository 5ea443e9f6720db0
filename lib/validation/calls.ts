import { z } from "./zod";
import { isValidIsoDate } from "./operation";

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期")
  .refine(isValidIsoDate, "日期无效，请重新选择");

export const ZCallCreateInput = z.object({
  industryCode: z.string().min(1, "请选择产业"),
  title: z.string().trim().min(4, "标题至少 4 个字").max(100, "标题最多 100 个字"),
  description: z.string().trim().max(2000, "说明最多 2000 个字"),
  deadline: dateString,
});
export type TCallCreateInput = z.input<typeof ZCallCreateInput>;

// 六（一）1-5: the five lead-unit conditions, each answered with evidence.
export const LEAD_CONDITIONS = [
  {
    key: "legalEntity",
    clause: "六（一）1",
    title: "具有独立法人资格",
    hint: "在我省域内注册的骨干企业，重视研发投入和科技创新，经营状况良好。请说明注册情况、研发投入和经营状况。",
  },
  { key: "influence", clause: "六（一）2", title: "具有辐射带动和组织能力", hint: "信誉度、影响力、对产业的辐射带动作用，组织联盟日常活动的能力。" },
  { key: "rnd", clause: "六（一）3", title: "具有技术创新能力", hint: "科研基础设施、研发能力和水平，承担省级以上重大科研任务的情况。" },
  { key: "cooperation", clause: "六（一）4", title: "具有高效的合作条件", hint: "与高校院所、企业的项目合作基础，技术咨询、成果转移转化服务能力。" },
  { key: "management", clause: "六（一）5", title: "具有健全的保障体系", hint: "联盟运行机制、财务管理制度、成果转化激励机制和人事制度。" },
] as const;

const evidence = (title: string) => z.string().trim().min(20, `「${title}」请至少填写 20 个字的说明`).max(2000, `「${title}」最多 2000 个字`);

export const ZIntentEvidence = z.object({
  legalEntity: evidence(LEAD_CONDITIONS[0].title),
  influence: evidence(LEAD_CONDITIONS[1].title),
  rnd: evidence(LEAD_CONDITIONS[2].title),
  cooperation: evidence(LEAD_CONDITIONS[3].title),
  management: evidence(LEAD_CONDITIONS[4].title),
});

export const ZIntentSubmitInput = z.object({ callId: z.string().uuid(), evidence: ZIntentEvidence });
export type TIntentSubmitInput = z.input<typeof ZIntentSubmitInput>;

export const ZIntentDecisionInput = z
  .object({
    intentId: z.string().uuid(),
    version: z.number().int().min(0),
    decision: z.enum(["QUALIFIED", "DECLINED"], { message: "请选择审核结论" }),
    reason: z.string().trim().max(1000, "理由最多 1000 个字"),
  })
  .refine((v) => v.decision === "QUALIFIED" || v.reason.length >= 5, { path: ["reason"], message: "不予确认时请填写理由（至少 5 个字）" });
export type TIntentDecisionInput = z.input<typeof ZIntentDecisionInput>;

export const ZStartFilingInput = z.object({
  intentId: z.string().uuid(),
  kind: z.enum(["ALLIANCE", "CONSORTIUM"]),
});
