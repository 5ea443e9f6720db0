import { z } from "./zod";
import { checkCreditCode, formatCreditCodeProblem, normalizeCreditCode } from "../rules/credit-code";
import { GOAL_MAX_CHARS } from "../rules/form-rules";
import { isValidIsoDate } from "./operation";

export const ORG_TYPES = ["ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "SOCIAL_ORG", "OTHER"] as const;
export const MEMBER_ROLES = ["CHAIR", "VICE_CHAIR", "COUNCIL", "MEMBER"] as const;
export const CHAIN_POSITIONS = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const;

const text = (max: number, label: string) => z.string().trim().max(max, `${label}最多 ${max} 个字`);
const chars = (s: string) => [...s].length;

export const ZCreditCode = z
  .string()
  .transform(normalizeCreditCode)
  .superRefine((code, ctx) => {
    const r = checkCreditCode(code);
    if (!r.ok) ctx.addIssue({ code: "custom", message: formatCreditCodeProblem(r) });
  });

// 万元 with at most two decimals; empty means "not given".
const ZWan = z
  .number({ message: "请输入数字（单位：万元）" })
  .finite("请输入数字（单位：万元）")
  .min(-1e9, "数值超出范围")
  .max(1e10, "数值超出范围")
  .transform((v) => Math.round(v * 100) / 100)
  .nullable();

// One plain address (no display name, no second recipient), as the mail goes to exactly this mailbox.
const PLAIN_EMAIL = /^[^\s@,;<>()"\\]+@[^\s@,;<>()"\\]+\.[^\s@,;<>()"\\]+$/;
export const ZContactEmail = z
  .string()
  .trim()
  .max(100, "联系人邮箱最多 100 个字符")
  .refine((v) => v === "" || (PLAIN_EMAIL.test(v) && z.email().safeParse(v).success), "联系人邮箱格式不正确，例如 name@example.com");

export const ZMemberInput = z.object({
  creditCode: ZCreditCode,
  name: z.string().trim().min(2, "请填写单位名称").max(100, "单位名称最多 100 个字"),
  type: z.enum(ORG_TYPES, { message: "请选择单位类型" }),
  role: z.enum(MEMBER_ROLES, { message: "请选择联盟职务" }),
  chainPosition: z.enum(CHAIN_POSITIONS).nullable(),
  outputValue2022: ZWan,
  profitTax2022: ZWan,
  resources: text(500, "科技资源与平台"),
  nationalTop10: z.boolean(),
  provincialTop10: z.boolean(),
  disciplineStrengths: text(200, "学科优势"),
  disciplineLeader: text(40, "学科带头人"),
  // Where the member unit's confirmation link is e-mailed (issue #17 item 9); optional, one plain address.
  contactEmail: ZContactEmail.optional().default(""),
});
export type TMemberInput = z.input<typeof ZMemberInput>;

// A draft is saved as typed (within hard caps), so nothing is lost; the rules and the strict
// schema below decide what may be submitted.
export const ZFilingDraftFields = z.object({
  name: text(60, "联盟名称"),
  subField: text(20, "细分领域"),
  agreementEffectiveOn: z.union([
    z.literal(""),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日")
      .refine(isValidIsoDate, "联盟协议生效时间不是有效日期"),
  ]),
  technicalField: text(100, "技术领域"),
  chairName: text(40, "联盟理事长"),
  hostUnitName: text(100, "依托单位名称"),
  address: text(200, "通讯地址"),
  postcode: text(10, "邮编"),
  contactName: text(40, "联系人"),
  phone: text(30, "电话"),
  fax: text(30, "传真"),
  innovationGoal: z.string().max(5000, "技术创新目标过长"),
  members: z.array(ZMemberInput).max(500, "成员单位最多 500 家"),
});
export type TFilingDraftFields = z.input<typeof ZFilingDraftFields>;

export const ZFilingDraftInput = ZFilingDraftFields.extend({ allianceId: z.string().uuid(), version: z.number().int().min(0) });
export type TFilingDraftInput = z.input<typeof ZFilingDraftInput>;

const required = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);
const PHONE = /^(((\+|00)86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** What submission requires of each field (附件1 一、二); the form shows these messages at the fields. */
export const ZFilingStrictFields = ZFilingDraftFields.extend({
  name: required("联盟名称（全称）", 60),
  agreementEffectiveOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择联盟协议生效时间")
    .refine(isValidIsoDate, "联盟协议生效时间不是有效日期"),
  technicalField: required("技术领域", 100),
  chairName: required("联盟理事长", 40),
  hostUnitName: required("联盟常设机构的依托单位名称", 100),
  address: required("常设机构通讯地址", 200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "邮编应为 6 位数字"),
  contactName: required("联系人", 40),
  phone: z.string().trim().regex(PHONE, "请输入有效的电话，如 0431-88888888 或 13912345678"),
  fax: z
    .string()
    .trim()
    .refine((v) => v === "" || LANDLINE.test(v), "传真号码格式应如 0431-88888888"),
  innovationGoal: z
    .string()
    .trim()
    .min(1, "请填写技术创新目标")
    .superRefine((v, ctx) => {
      if (chars(v) > GOAL_MAX_CHARS) ctx.addIssue({ code: "custom", message: `技术创新目标限 ${GOAL_MAX_CHARS} 字，当前 ${chars(v)} 字` });
    }),
  members: z.array(
    ZMemberInput.superRefine((m, ctx) => {
      if (m.type === "ENTERPRISE" && !m.chainPosition) ctx.addIssue({ code: "custom", path: ["chainPosition"], message: "请选择企业的产业链位置" });
    }),
  ),
});

export const ZSubmitFilingInput = z.object({ allianceId: z.string().uuid(), version: z.number().int().min(0) });
export const ZLookupOrgInput = z.object({ creditCode: ZCreditCode });
