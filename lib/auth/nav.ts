import type { Role } from "../db/generated/enums";

export interface NavItem {
  href: string;
  key:
    | "home"
    | "calls"
    | "review"
    | "meetings"
    | "objections"
    | "alliances"
    | "reports"
    | "assessment"
    | "oversight"
    | "dashboard"
    | "notifications"
    | "users"
    | "settings"
    | "calendar"
    | "security"
    | "audit"
    | "password";
  roles: readonly Role[] | "all";
}

const BUSINESS: readonly Role[] = ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"];

// The same role lists guard the pages (requirePageUser) and shape the menu.
export const PAGE_ROLES = {
  alliances: BUSINESS,
  calls: ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"],
  review: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER"],
  meetings: ["DEPARTMENT_SECRETARY"],
  objections: ["INSTITUTE_OFFICER"],
  // 八: the filer's annual reports; the service center's schemes, scoring and oversight (八（一）、（四）)
  reports: ["ENTERPRISE_FILER"],
  assessment: ["SERVICE_CENTER"],
  oversight: ["SERVICE_CENTER"],
  dashboard: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"],
  notifications: BUSINESS,
  users: ["SYSTEM_ADMIN"],
  settings: ["SYSTEM_ADMIN"],
  calendar: ["SYSTEM_ADMIN"],
  security: ["SECURITY_ADMIN"],
  audit: ["AUDIT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export const NAV: NavItem[] = [
  { href: "/", key: "home", roles: "all" },
  { href: "/calls", key: "calls", roles: PAGE_ROLES.calls },
  { href: "/review", key: "review", roles: PAGE_ROLES.review },
  { href: "/meetings", key: "meetings", roles: PAGE_ROLES.meetings },
  { href: "/objections", key: "objections", roles: PAGE_ROLES.objections },
  { href: "/alliances", key: "alliances", roles: PAGE_ROLES.alliances },
  { href: "/reports", key: "reports", roles: PAGE_ROLES.reports },
  { href: "/assessment", key: "assessment", roles: PAGE_ROLES.assessment },
  { href: "/oversight", key: "oversight", roles: PAGE_ROLES.oversight },
  { href: "/dashboard", key: "dashboard", roles: PAGE_ROLES.dashboard },
  { href: "/notifications", key: "notifications", roles: PAGE_ROLES.notifications },
  { href: "/admin/users", key: "users", roles: PAGE_ROLES.users },
  { href: "/admin/settings", key: "settings", roles: PAGE_ROLES.settings },
  { href: "/admin/calendar", key: "calendar", roles: PAGE_ROLES.calendar },
  { href: "/security", key: "security", roles: PAGE_ROLES.security },
  { href: "/audit", key: "audit", roles: PAGE_ROLES.audit },
  { href: "/account/password", key: "password", roles: "all" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV.filter((n) => n.roles === "all" || n.roles.some((r) => roles.includes(r)));
}
