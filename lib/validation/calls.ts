import { z } from "./zod";
import { text } from "../i18n/text";
import { maxChars, minChars, msg } from "./messages";
import { isValidIsoDate } from "./operation";

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.chooseADate"))
  .refine(isValidIsoDate, msg("validation.invalidDateRetry"));

export const ZCallCreateInput = z.object({
  industryCode: z.string().min(1, msg("validation.calls.industry")),
  title: z.string().trim().min(4, minChars("title", 4)).max(100, maxChars("title", 100)),
  description: z.string().trim().max(2000, maxChars("explanation", 2000)),
  deadline: dateString,
});
export type TCallCreateInput = z.input<typeof ZCallCreateInput>;

// 六（一）1-5: the five lead-unit conditions, each answered with evidence.
// The clause numbers are the policy's own (kept as written); title and hint are read in the current language.
const condition = <K extends "legalEntity" | "influence" | "rnd" | "cooperation" | "management", C extends string>(key: K, clause: C) => ({
  key,
  clause,
  get title(): string {
    return text(`validation.calls.conditions.${key}.title`);
  },
  get hint(): string {
    return text(`validation.calls.conditions.${key}.hint`);
  },
});
export const LEAD_CONDITIONS = [
  condition("legalEntity", "六（一）1"), // i18n-data: clause number
  condition("influence", "六（一）2"), // i18n-data: clause number
  condition("rnd", "六（一）3"), // i18n-data: clause number
  condition("cooperation", "六（一）4"), // i18n-data: clause number
  condition("management", "六（一）5"), // i18n-data: clause number
] as const;

const evidence = (c: (typeof LEAD_CONDITIONS)[number]) =>
  z
    .string()
    .trim()
    .min(
      20,
      msg("validation.calls.evidenceMin", () => ({ title: c.title, min: 20 })),
    )
    .max(
      2000,
      msg("validation.calls.evidenceMax", () => ({ title: c.title, max: 2000 })),
    );

export const ZIntentEvidence = z.object({
  legalEntity: evidence(LEAD_CONDITIONS[0]),
  influence: evidence(LEAD_CONDITIONS[1]),
  rnd: evidence(LEAD_CONDITIONS[2]),
  cooperation: evidence(LEAD_CONDITIONS[3]),
  management: evidence(LEAD_CONDITIONS[4]),
});

export const ZIntentSubmitInput = z.object({ callId: z.string().uuid(), evidence: ZIntentEvidence });
export type TIntentSubmitInput = z.input<typeof ZIntentSubmitInput>;

export const ZIntentDecisionInput = z
  .object({
    intentId: z.string().uuid(),
    version: z.number().int().min(0),
    decision: z.enum(["QUALIFIED", "DECLINED"], msg("validation.calls.decision")),
    reason: z.string().trim().max(1000, maxChars("reason", 1000)),
  })
  .refine((v) => v.decision === "QUALIFIED" || v.reason.length >= 5, { path: ["reason"], ...msg("validation.calls.declineReason", { min: 5 }) });
export type TIntentDecisionInput = z.input<typeof ZIntentDecisionInput>;

export const ZStartFilingInput = z.object({
  intentId: z.string().uuid(),
  kind: z.enum(["ALLIANCE", "CONSORTIUM"]),
});
