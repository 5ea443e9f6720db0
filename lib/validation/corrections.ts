// Inputs of the service center's corrections and on-demand reminders (issue 17 item 10): deleting a draft scheme,
// withdrawing a charter version recorded by mistake, undoing a project's adoption (each with a reason the audit log
// keeps), and sending report or council-term reminders now. Shared by the forms (zodResolver) and the server actions.
import { z } from "./zod";
import { maxChars, msg, required } from "./messages";

const id = z.string().uuid(msg("validation.invalidParameter"));
const chars = (s: string) => [...s].length;

export const CORRECTION_REASON_MIN = 5;
export const CORRECTION_REASON_MAX = 500;

/** Why a record is taken back: required, kept in the audit log beside the record's old values. */
export const ZCorrectionReason = z
  .string(required("reason"))
  .trim()
  .refine((s) => chars(s) >= CORRECTION_REASON_MIN, msg("validation.corrections.reasonMin", { min: CORRECTION_REASON_MIN }))
  .refine((s) => chars(s) <= CORRECTION_REASON_MAX, maxChars("reason", CORRECTION_REASON_MAX));

export const ZReasonOnly = z.object({ reason: ZCorrectionReason });
export type TReasonOnly = z.input<typeof ZReasonOnly>;

/** 八（四）: a scheme still in draft (never published, no report opened under it). */
export const ZDeleteSchemeInput = z.object({ id, version: z.number().int().min(0), reason: ZCorrectionReason });
export type TDeleteSchemeInput = z.input<typeof ZDeleteSchemeInput>;

/** 附件2 第十九条: the latest amendment of an alliance's charter, recorded by mistake. */
export const ZWithdrawCharterVersionInput = z.object({ versionId: id, reason: ZCorrectionReason });
export type TWithdrawCharterVersionInput = z.input<typeof ZWithdrawCharterVersionInput>;

/** 九（一）: a project marked as taken into the provincial plan by mistake. */
export const ZUndoAdoptionInput = z.object({ projectId: id, reason: ZCorrectionReason });
export type TUndoAdoptionInput = z.input<typeof ZUndoAdoptionInput>;

/** 八（四）: remind now every alliance that still owes the year's report. */
export const ZReportRemindersNowInput = z.object({ schemeId: id });
export type TReportRemindersNowInput = z.input<typeof ZReportRemindersNowInput>;

/** 附件2 第十三条（二）: remind one alliance now that its council term is ending (or has ended). */
export const ZTermReminderNowInput = z.object({ allianceId: id });
export type TTermReminderNowInput = z.input<typeof ZTermReminderNowInput>;
