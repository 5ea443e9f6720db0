import type { Role } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { roleCombinationProblem } from "../auth/roles";

export const ROLE_COMBINATION_MESSAGES: Record<string, string> = {
  NO_ROLE: "请至少选择一个角色",
  DUTY_CONFLICT: "系统管理员、安全管理员、审计管理员须由不同人员担任（三员分立），一个账户只能担任其中之一",
  ADMIN_WITH_BUSINESS: "管理员账户不能同时担任业务角色",
  FILER_WITH_OTHER: "企业经办人账户不能同时担任政府侧角色",
  FILER_NEEDS_ORG: "企业经办人须关联所属单位",
  REVIEWER_NEEDS_DIVISION: "业务处室审核人须关联所属处室",
};

export function assertRoleCombination(roles: Role[], organizationId: string | null, divisionId: string | null): void {
  const problem = roleCombinationProblem(roles, organizationId, divisionId);
  if (problem) throw new AppError(problem === "DUTY_CONFLICT" ? "DUTY_CONFLICT" : "INVALID_INPUT", problem, { roles: [ROLE_COMBINATION_MESSAGES[problem]!] });
}
