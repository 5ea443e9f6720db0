import { z } from "./zod";
import { isValidIsoDate } from "./operation";
import { chinaTodayIso } from "./membership";
import { MEETING_DATE_IN_FUTURE, isMeetingDateAllowed } from "../meetings/meeting-date";

const id = z.string().uuid("参数无效");
const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期")
  .refine(isValidIsoDate, "日期无效，请重新选择");

// Review decisions fired from the filing page; the meeting's decisions go through the meeting page.
export const REVIEW_TRANSITIONS = ["DIVISION_PASS", "DIVISION_RETURN", "DIVISION_REJECT", "FORM_PASS", "FORM_RETURN", "FORM_REJECT", "FILE"] as const;

export const ZTransitionInput = z.object({
  allianceId: id,
  transition: z.enum(REVIEW_TRANSITIONS, { message: "未知的审核操作" }),
  version: z.number().int().min(0),
  opinion: z.string().max(2000, "审核意见最多 2000 个字").default(""),
  internal: z.boolean().default(false),
});
export type TTransitionInput = z.input<typeof ZTransitionInput>;

export const ZFieldCommentInput = z.object({
  allianceId: id,
  fieldPath: z.string().min(1).max(80),
  text: z.string().trim().min(2, "批注至少 2 个字").max(500, "批注最多 500 个字"),
  visibleToFiler: z.boolean(),
});
export type TFieldCommentInput = z.input<typeof ZFieldCommentInput>;

export const ZRemoveCommentInput = z.object({ commentId: id });

export const ZMeetingCreateInput = z.object({
  sessionNo: z.string().trim().min(2, "请填写会议届次，如“2026年第12次”").max(30, "会议届次最多 30 个字"),
  title: z.string().trim().min(2, "请填写会议议题").max(100, "会议议题最多 100 个字"),
  heldOn: z.union([z.literal(""), dateString]),
  allianceIds: z.array(id).min(1, "请至少选择一项待审议的申报").max(100),
});
export type TMeetingCreateInput = z.input<typeof ZMeetingCreateInput>;

export const ZMeetingDecisionInput = z
  .object({
    meetingId: id,
    allianceId: id,
    version: z.number().int().min(0),
    outcome: z.enum(["APPROVE", "REJECT", "DEFER"], { message: "请选择审议结论" }),
    note: z.string().trim().max(1000, "说明最多 1000 个字"),
    // 七（三）: recorded once the meeting has been held (lib/meetings/meeting-date.ts, the server's rule too)
    heldOn: dateString.refine((s) => isMeetingDateAllowed(s, chinaTodayIso()), MEETING_DATE_IN_FUTURE),
  })
  .refine((v) => v.outcome !== "REJECT" || Array.from(v.note).length >= 5, { path: ["note"], message: "不予通过须填写理由，且不少于5个字" });
export type TMeetingDecisionInput = z.input<typeof ZMeetingDecisionInput>;

export const ZObjectionInput = z.object({
  filingId: id,
  name: z.string().trim().min(2, "请填写姓名或单位名称").max(60, "姓名或单位最多 60 个字"),
  contact: z.string().trim().min(5, "请填写联系电话或电子邮箱，便于核实").max(80, "联系方式最多 80 个字"),
  content: z.string().trim().min(10, "异议内容至少 10 个字，请写明事实和理由").max(2000, "异议内容最多 2000 个字"),
  // Left empty by people; bots fill every field.
  website: z.string().max(0, "提交失败，请刷新后重试").default(""),
});
export type TObjectionInput = z.input<typeof ZObjectionInput>;

export const ZHandleObjectionInput = z.object({
  objectionId: id,
  note: z.string().trim().min(5, "处理意见至少 5 个字").max(1000, "处理意见最多 1000 个字"),
});
export type THandleObjectionInput = z.input<typeof ZHandleObjectionInput>;
