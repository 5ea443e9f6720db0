import type { Role } from "../db/generated/enums";

export interface NavItem {
  href: string;
  key: "home" | "calls" | "alliances" | "users" | "security" | "audit" | "password";
  roles: readonly Role[] | "all";
}

const BUSINESS: readonly Role[] = ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"];

// The same role lists guard the pages (requirePageUser) and shape the menu.
export const PAGE_ROLES = {
  alliances: BUSINESS,
  calls: ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"],
  users: ["SYSTEM_ADMIN"],
  security: ["SECURITY_ADMIN"],
  audit: ["AUDIT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export const NAV: NavItem[] = [
  { href: "/", key: "home", roles: "all" },
  { href: "/calls", key: "calls", roles: PAGE_ROLES.calls },
  { href: "/alliances", key: "alliances", roles: PAGE_ROLES.alliances },
  { href: "/admin/users", key: "users", roles: PAGE_ROLES.users },
  { href: "/security", key: "security", roles: PAGE_ROLES.security },
  { href: "/audit", key: "audit", roles: PAGE_ROLES.audit },
  { href: "/account/password", key: "password", roles: "all" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV.filter((n) => n.roles === "all" || n.roles.some((r) => roles.includes(r)));
}
