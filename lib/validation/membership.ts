// Inputs of membership changes after filing (附件2 第十七条 加入, 第十八条 退出) and of member confirmation.
// Shared by the forms (zodResolver) and the server actions.
import { z } from "./zod";
import { field, maxChars, msg } from "./messages";
import { ZMemberInput } from "./filing";

const id = z.string().uuid(msg("validation.invalidParameter"));
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date in China as YYYY-MM-DD (pure; runs in the browser too). */
export function chinaTodayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function isIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const reason = z
  .string()
  .trim()
  .min(5, msg("validation.membership.reasonMin", { min: 5 }))
  .max(500, maxChars("requestReason", 500));

// A joining unit cannot be chair: the chair is the founding lead unit (附件2 第十三条（二）).
export const ZJoinMember = ZMemberInput.refine((m) => m.role !== "CHAIR", {
  path: ["role"],
  ...msg("validation.membership.joinAsChair"),
}).refine((m) => m.type !== "ENTERPRISE" || m.chainPosition !== null, { path: ["chainPosition"], ...msg("validation.chainPositionRequired") });

export const ZJoinRequestInput = z.object({ allianceId: id, kind: z.literal("JOIN"), member: ZJoinMember, reason });
export type TJoinRequestInput = z.input<typeof ZJoinRequestInput>;

export const ZExitRequestInput = z.object({ allianceId: id, kind: z.literal("EXIT"), membershipId: id, reason });
export type TExitRequestInput = z.input<typeof ZExitRequestInput>;

export const ZRequestChangeInput = z.discriminatedUnion("kind", [ZJoinRequestInput, ZExitRequestInput]);
export type TRequestChangeInput = z.output<typeof ZRequestChangeInput>;

export const ZDecideChangeInput = z.object({
  changeId: id,
  version: z.number().int().min(0),
  approved: z.boolean(),
  // 第十七条（三）、第十八条: the council's decision, on a date that has already happened
  councilApprovedOn: z
    .string()
    .refine(
      isIsoDate,
      msg("validation.chooseDate", () => ({ label: field("councilDecidedOn") })),
    )
    .refine(
      (s) => s <= chinaTodayIso(),
      msg("validation.notAfterToday", () => ({ label: field("councilDecidedOn") })),
    ),
  councilResolution: z.string().trim().min(4, msg("validation.membership.resolution")).max(100, maxChars("resolutionName", 100)),
});
export type TDecideChangeInput = z.input<typeof ZDecideChangeInput>;

export const ZAcknowledgeChangeInput = z.object({ changeId: id });

export const ZIssueConfirmLinksInput = z.object({ allianceId: id, membershipIds: z.array(id).max(500).optional() });
export type TIssueConfirmLinksInput = z.input<typeof ZIssueConfirmLinksInput>;

// 32 random bytes in base64url are 43 characters; anything else cannot be a link we issued.
export const ZConfirmToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, msg("validation.membership.badLink"));

export const ZConfirmMemberInput = z.object({ token: ZConfirmToken });

export const ZDisputeMemberInput = z.object({
  token: ZConfirmToken,
  note: z
    .string()
    .trim()
    .min(5, msg("validation.membership.disputeMin", { min: 5 }))
    .max(500, maxChars("explanation", 500)),
});
export type TDisputeMemberInput = z.input<typeof ZDisputeMemberInput>;

/** What a member unit confirmed (Membership.confirmedFigures): the listing as it saw it (listingOf). */
export const ZConfirmedFigures = z.object({
  name: z.string(),
  type: z.string(),
  role: z.string(),
  chainPosition: z.string().nullable(),
  outputValue2022: z.string().nullable(),
  profitTax2022: z.string().nullable(),
});
