// R5 for a recorded term: the seats against the alliance's current member count. Pure; shown as a warning only.
import { percentText, ruleResult, toTenths } from "../rules/meta";
import type { RuleResult } from "../rules/types";

/** 附件2 第十三条（二）: 理事会成员数额在联盟成员总数的三分之一左右 (warn outside 25%-40%, as the filing check does). */
export function councilSeatsResult(seats: number, members: number): RuleResult {
  if (members === 0) return ruleResult("R5", "na", "联盟暂无在册成员单位，无法计算理事会规模", "council");
  const low = seats * 4 < members;
  const high = seats * 5 > members * 2;
  const t = toTenths(seats, members);
  const shown = low ? Math.min(t, 249) : high ? Math.max(t, 401) : t;
  const base = `本届理事会 ${seats} 个席位，占在册成员 ${members} 家的 ${percentText(shown)}%`;
  if (low || high) return ruleResult("R5", "warn", `${base}，${low ? "少于" : "多于"}约三分之一（25%-40%），请核对`, "council");
  return ruleResult("R5", "pass", `${base}，约为三分之一`, "council");
}
