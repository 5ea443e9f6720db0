// States and roles of the filing workflow (七 组建程序, 八 运行管理).
// Declared here as string literals rather than imported from Prisma so the module also runs in
// the browser (buttons, status badges); the values must stay identical to the Prisma enums
// `AllianceState` and `Role` in prisma/schema.prisma.

export const STATES = [
  "DRAFT",
  "DIVISION_REVIEW",
  "FORM_REVIEW",
  "MEETING",
  "FILING",
  "FILED",
  "RETURNED",
  "REJECTED",
  "REVOKED",
  "DISSOLVED",
] as const;
export type State = (typeof STATES)[number];

export const STATE_LABELS: Record<State, string> = {
  DRAFT: "草稿",
  DIVISION_REVIEW: "处室审核中",
  FORM_REVIEW: "组织形式审核中",
  MEETING: "待厅务会审议",
  FILING: "待备案",
  FILED: "已备案",
  RETURNED: "已退回修改",
  REJECTED: "未通过",
  REVOKED: "已取消备案",
  DISSOLVED: "已解散",
};

export const ROLES = [
  "ENTERPRISE_FILER",
  "DIVISION_REVIEWER",
  "DEPARTMENT_SECRETARY",
  "INSTITUTE_OFFICER",
  "SERVICE_CENTER",
  "SYSTEM_ADMIN",
  "SECURITY_ADMIN",
  "AUDIT_ADMIN",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ENTERPRISE_FILER: "牵头企业经办人",
  DIVISION_REVIEWER: "业务处室审核人",
  DEPARTMENT_SECRETARY: "厅务会秘书",
  INSTITUTE_OFFICER: "研究院备案员",
  SERVICE_CENTER: "服务中心",
  SYSTEM_ADMIN: "系统管理员",
  SECURITY_ADMIN: "安全管理员",
  AUDIT_ADMIN: "审计管理员",
};

/** Nothing leaves these states: a rejected application is re-filed as a new one, not revived. */
export const TERMINAL_STATES: readonly State[] = ["REJECTED", "REVOKED", "DISSOLVED"];

export function isTerminal(state: State): boolean {
  return TERMINAL_STATES.includes(state);
}

/** Runtime guard for values read from forms, URLs or the database. */
export function isState(value: unknown): value is State {
  return typeof value === "string" && (STATES as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
