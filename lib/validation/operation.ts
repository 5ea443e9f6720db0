// Inputs of a filed alliance's operation (八): council terms, charter amendments, dissolution votes,
// activities and recommended projects. Shared by the forms (zodResolver) and the server.
import { z } from "./zod";

const id = z.string().uuid("参数无效");
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date in China as YYYY-MM-DD, whatever the clock's time zone (pure; runs in the browser too). */
export function chinaTodayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function isValidIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const date = (label: string) => z.string().refine(isValidIsoDate, `请选择${label}`);
// Checked against the clock at parse time; the data layer checks again with its own `now`.
const pastDate = (label: string) => date(label).refine((s) => s <= chinaTodayIso(), `${label}不能晚于今天`);
const optionalPastDate = (label: string) => z.union([z.literal(""), pastDate(label)]);

// --- council terms (附件2 第十三条（二）) ---
export const ZCouncilTermInput = z.object({
  allianceId: id,
  startsOn: date("本届任期起始日期"),
  electedOn: optionalPastDate("换届选举日期").default(""),
  seats: z.number({ message: "请填写理事会席位数" }).int("席位数应为整数").min(1, "理事会至少 1 个席位").max(999, "席位数过大"),
  note: z.string().trim().max(500, "备注最多 500 个字").default(""),
});
export type TCouncilTermInput = z.input<typeof ZCouncilTermInput>;

// --- charter amendment (附件2 第十九条): the file travels separately as multipart ---
export const ZCharterApproval = z.object({
  approvedOn: pastDate("成员大会通过日期"),
  approvedBy: z.string().trim().min(4, "请填写表决通过的会议，如“2026年第一次成员大会”").max(100, "会议名称最多 100 个字"),
  note: z.string().trim().max(500, "修改说明最多 500 个字").default(""),
});
export type TCharterApproval = z.input<typeof ZCharterApproval>;

// --- dissolution (附件3 第十一条) ---
const count = (label: string) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(999, `${label}过大`);

export const ZDissolutionVoteInput = z
  .object({
    allianceId: id,
    votedOn: pastDate("理事会表决日期"),
    councilSize: count("理事会人数").min(1, "理事会人数至少为 1"),
    votesFor: count("同意票数"),
    proposal: z.string().trim().min(10, "请写明秘书处提出的解散议案及理由，不少于 10 个字").max(2000, "议案最多 2000 个字"),
  })
  .refine((v) => v.votesFor <= v.councilSize, { path: ["votesFor"], message: "同意票数不能超过理事会人数" });
export type TDissolutionVoteInput = z.input<typeof ZDissolutionVoteInput>;

export const ZConfirmDissolutionInput = z.object({ voteId: id, allianceVersion: z.number().int().min(0) });
export type TConfirmDissolutionInput = z.input<typeof ZConfirmDissolutionInput>;

// --- activities (八（一）系列活动) ---
export const ACTIVITY_KINDS = ["FORUM", "SALON", "JOINT_RESEARCH", "TRAINING", "EXCHANGE", "OTHER"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  FORUM: "论坛",
  SALON: "沙龙",
  JOINT_RESEARCH: "联合攻关",
  TRAINING: "培训",
  EXCHANGE: "交流",
  OTHER: "其他",
};

export const ZActivityInput = z.object({
  allianceId: id,
  kind: z.enum(ACTIVITY_KINDS, { message: "请选择活动类型" }),
  title: z.string().trim().min(4, "活动名称至少 4 个字").max(100, "活动名称最多 100 个字"),
  heldOn: pastDate("举办日期"),
  participants: z.number({ message: "参加人数应为整数" }).int("参加人数应为整数").min(1, "参加人数至少为 1").max(100_000, "参加人数过大").optional(),
  description: z.string().trim().min(10, "请简要说明活动内容和成效，不少于 10 个字").max(2000, "活动说明最多 2000 个字"),
});
export type TActivityInput = z.input<typeof ZActivityInput>;

export const ZRemoveActivityInput = z.object({ activityId: id });

// --- projects recommended to the provincial S&T plan (九（一）) ---
export const ZProjectInput = z.object({
  allianceId: id,
  year: z.number({ message: "请填写推荐年度" }).int("年度应为整数").min(2020, "年度不早于 2020 年").max(2100, "年度无效"),
  title: z.string().trim().min(4, "项目名称至少 4 个字").max(100, "项目名称最多 100 个字"),
  summary: z.string().trim().min(10, "请简要说明研究内容和预期成果，不少于 10 个字").max(2000, "项目简介最多 2000 个字"),
  leadUnit: z.string().trim().min(4, "请填写项目牵头单位").max(100, "牵头单位最多 100 个字"),
  budget: z
    .number({ message: "请填写预算（万元）" })
    .min(0, "预算不能为负数")
    .max(1_000_000, "预算过大，请核对单位（万元）")
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "预算最多保留两位小数（万元）"),
});
export type TProjectInput = z.input<typeof ZProjectInput>;

export const ZProjectRefInput = z.object({ projectId: id });
