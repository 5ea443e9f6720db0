import { z } from "../validation/zod";
import type { RuleResult } from "./types";

// The stored form of a rule result (ApplicationVersion.ruleReport, MembershipChange.ruleWarnings).
export const ZRuleResult = z.object({
  id: z.enum(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13"]),
  status: z.enum(["pass", "fail", "warn", "na"]),
  severity: z.enum(["hard", "soft"]),
  clause: z.string(),
  title: z.string(),
  message: z.string(),
  field: z.string().optional(),
}) satisfies z.ZodType<RuleResult>;

export const ZRuleReport = z.array(ZRuleResult);
