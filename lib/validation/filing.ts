import { z } from "./zod";
import { checkCreditCode, formatCreditCodeProblem, normalizeCreditCode } from "../rules/credit-code";
import { GOAL_MAX_CHARS } from "../rules/form-rules";
import { maxChars, msg, required, say, type FieldName } from "./messages";
import { isValidIsoDate } from "./operation";

import { CHAIN_POSITIONS, MEMBER_ROLES, ORG_TYPES } from "../filing/codes";

export { CHAIN_POSITIONS, MEMBER_ROLES, ORG_TYPES };

const capped = (max: number, name: FieldName) => z.string().trim().max(max, maxChars(name, max));
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
  .number(msg("validation.filing.wanNumber"))
  .finite(msg("validation.filing.wanNumber"))
  .min(-1e9, msg("validation.outOfRange"))
  .max(1e10, msg("validation.outOfRange"))
  .transform((v) => Math.round(v * 100) / 100)
  .nullable();

// One plain address (no display name, no second recipient), as the mail goes to exactly this mailbox.
const PLAIN_EMAIL = /^[^\s@,;<>()"\\]+@[^\s@,;<>()"\\]+\.[^\s@,;<>()"\\]+$/;
export const ZContactEmail = z
  .string()
  .trim()
  .max(100, msg("validation.filing.contactEmailMax", { max: 100 }))
  .refine((v) => v === "" || (PLAIN_EMAIL.test(v) && z.email().safeParse(v).success), msg("validation.filing.contactEmailFormat"));

export const ZMemberInput = z.object({
  creditCode: ZCreditCode,
  name: z.string().trim().min(2, required("orgName")).max(100, maxChars("orgName", 100)),
  type: z.enum(ORG_TYPES, msg("validation.filing.orgType")),
  role: z.enum(MEMBER_ROLES, msg("validation.filing.memberRole")),
  chainPosition: z.enum(CHAIN_POSITIONS).nullable(),
  outputValue2022: ZWan,
  profitTax2022: ZWan,
  resources: capped(500, "resources"),
  nationalTop10: z.boolean(),
  provincialTop10: z.boolean(),
  disciplineStrengths: capped(200, "disciplineStrengths"),
  disciplineLeader: capped(40, "disciplineLeader"),
  // Where the member unit's confirmation link is e-mailed (issue #17 item 9); optional, one plain address.
  contactEmail: ZContactEmail.optional().default(""),
});
export type TMemberInput = z.input<typeof ZMemberInput>;

// A draft is saved as typed (within hard caps), so nothing is lost; the rules and the strict
// schema below decide what may be submitted.
export const ZFilingDraftFields = z.object({
  name: capped(60, "allianceName"),
  subField: capped(20, "subField"),
  agreementEffectiveOn: z.union([
    z.literal(""),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.filing.dateFormat"))
      .refine(isValidIsoDate, msg("validation.filing.agreementDateInvalid")),
  ]),
  technicalField: capped(100, "technicalField"),
  chairName: capped(40, "chairName"),
  hostUnitName: capped(100, "hostUnitName"),
  address: capped(200, "address"),
  postcode: capped(10, "postcode"),
  contactName: capped(40, "contactName"),
  phone: capped(30, "phone"),
  fax: capped(30, "fax"),
  innovationGoal: z.string().max(5000, msg("validation.filing.goalTooLong")),
  members: z.array(ZMemberInput).max(500, msg("validation.filing.membersMax", { max: 500 })),
});
export type TFilingDraftFields = z.input<typeof ZFilingDraftFields>;

export const ZFilingDraftInput = ZFilingDraftFields.extend({ allianceId: z.string().uuid(), version: z.number().int().min(0) });
export type TFilingDraftInput = z.input<typeof ZFilingDraftInput>;

const filled = (name: FieldName, max: number) => z.string().trim().min(1, required(name)).max(max, maxChars(name, max));
const PHONE = /^(((\+|00)86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** What submission requires of each field (附件1 一、二); the form shows these messages at the fields. */
export const ZFilingStrictFields = ZFilingDraftFields.extend({
  name: filled("allianceNameFull", 60),
  agreementEffectiveOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.filing.agreementDateRequired"))
    .refine(isValidIsoDate, msg("validation.filing.agreementDateInvalid")),
  technicalField: filled("technicalField", 100),
  chairName: filled("chairName", 40),
  hostUnitName: filled("hostUnitNameFull", 100),
  address: filled("addressFull", 200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, msg("validation.filing.postcode")),
  contactName: filled("contactName", 40),
  phone: z.string().trim().regex(PHONE, msg("validation.filing.phone")),
  fax: z
    .string()
    .trim()
    .refine((v) => v === "" || LANDLINE.test(v), msg("validation.filing.fax")),
  innovationGoal: z
    .string()
    .trim()
    .min(1, required("innovationGoal"))
    .superRefine((v, ctx) => {
      if (chars(v) > GOAL_MAX_CHARS) ctx.addIssue({ code: "custom", message: say("validation.filing.goalLength", { max: GOAL_MAX_CHARS, n: chars(v) }) });
    }),
  members: z.array(
    ZMemberInput.superRefine((m, ctx) => {
      if (m.type === "ENTERPRISE" && !m.chainPosition)
        ctx.addIssue({ code: "custom", path: ["chainPosition"], message: say("validation.chainPositionRequired") });
    }),
  ),
});

export const ZSubmitFilingInput = z.object({ allianceId: z.string().uuid(), version: z.number().int().min(0) });
export const ZLookupOrgInput = z.object({ creditCode: ZCreditCode });
