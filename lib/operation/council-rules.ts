// R5 for a recorded term: the seats against the alliance's current member count. Pure; shown as a warning only.
import { percentText, ruleResult, toTenths } from "../rules/meta";
import type { RuleResult } from "../rules/types";
import { text } from "../i18n/text";

/** 附件2 第十三条（二）: 理事会成员数额在联盟成员总数的三分之一左右 (warn outside 25%-40%, as the filing check does). */
export function councilSeatsResult(seats: number, members: number): RuleResult {
  if (members === 0) return ruleResult("R5", "na", text("operation.seats.noMembers"), "council");
  const low = seats * 4 < members;
  const high = seats * 5 > members * 2;
  const t = toTenths(seats, members);
  const shown = low ? Math.min(t, 249) : high ? Math.max(t, 401) : t;
  const base = text("operation.seats.base", { seats: String(seats), members: String(members), pct: percentText(shown) });
  if (low || high) return ruleResult("R5", "warn", text("operation.seats.warn", { base, low: low ? "yes" : "no" }), "council");
  return ruleResult("R5", "pass", text("operation.seats.pass", { base }), "council");
}
