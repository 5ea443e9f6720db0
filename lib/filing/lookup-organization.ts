import "server-only";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";

/** An organisation already known to the portal is reused, never typed twice. */
export async function lookupOrganization(user: SessionUser, creditCode: string) {
  assertRole(user, ["ENTERPRISE_FILER"]);
  const org = await db().organization.findUnique({ where: { creditCode }, select: { name: true, type: true, creditCode: true } });
  return org ? { known: true as const, ...org } : { known: false as const, creditCode };
}
