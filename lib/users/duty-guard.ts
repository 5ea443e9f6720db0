import type { Role } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { ADMIN_DUTIES } from "../auth/roles";
import { text } from "../i18n/text";

// 三员分立 (GB/T 22239-2019 8.1.4.2 c, 8.1.4.3): no single administrator may end up holding a working account with a
// role they do not hold. Whoever sets an account's password can sign in as it until its owner changes it, so:
//  - the system administrator cannot create, grant, change, reset, unlock or re-enrol the security and audit
//    administrators' accounts, nor another system administrator's: the three duty accounts are set up and recovered
//    by the deployment's owner on the server (`npm run admin:account`, lib/cli/admin-account.ts; README, Security), never
//    by one of the three in the portal;
//  - it cannot change its own roles;
//  - it cannot add a role to an account still on a password it set (its owner has not signed in and replaced it).

const OTHER_DUTIES: readonly Role[] = ["SECURITY_ADMIN", "AUDIT_ADMIN"];

/** The refusals in the current language, read when used. */
export const DUTY_MESSAGES = {
  get grant() {
    return text("userRules.duty.grant");
  },
  get dutyAccount() {
    return text("userRules.duty.dutyAccount");
  },
  get self() {
    return text("userRules.duty.self");
  },
  get unclaimed() {
    return text("userRules.duty.unclaimed");
  },
};

const refuse = (field: string, message: string) => new AppError("DUTY_CONFLICT", message, { [field]: [message] });

/** New roles the system administrator may give: none of the other two duties. */
export function assertGrantable(roles: readonly Role[]): void {
  if (roles.some((r) => OTHER_DUTIES.includes(r))) throw refuse("roles", DUTY_MESSAGES.grant);
}

/** A duty account (any of the three administrators) is out of the portal administrators' reach. */
export function assertNotDutyAccount(target: { roles: readonly Role[] }, field = "_form"): void {
  if (target.roles.some((r) => ADMIN_DUTIES.includes(r))) throw refuse(field, DUTY_MESSAGES.dutyAccount);
}

/** A change of roles by the system administrator: not its own, not toward another duty, not on an unclaimed account. */
export function assertRoleChangeAllowed(
  admin: { id: string },
  before: { id: string; roles: readonly Role[]; mustChangePassword: boolean },
  roles: readonly Role[],
): void {
  const added = roles.filter((r) => !before.roles.includes(r));
  const removed = before.roles.filter((r) => !roles.includes(r));
  if (added.length === 0 && removed.length === 0) return;
  if (before.id === admin.id) throw refuse("roles", DUTY_MESSAGES.self);
  assertGrantable(added);
  if (added.length && before.mustChangePassword) throw refuse("roles", DUTY_MESSAGES.unclaimed);
}
