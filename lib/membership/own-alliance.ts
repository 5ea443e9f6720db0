import "server-only";
import type { Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import type { FilingMemberInput } from "../rules/types";
import { text } from "../i18n/text";

/**
 * The alliance a filer acts for: in their scope AND led by their organisation, or NOT_FOUND, so another
 * enterprise's filer learns nothing. Read inside the caller's transaction with its current members.
 */
export async function getOwnAllianceOrThrow(tx: Tx, user: SessionUser, allianceId: string) {
  assertRole(user, ["ENTERPRISE_FILER"]);
  if (!user.organizationId) throw new AppError("NOT_FOUND");
  const alliance = await tx.alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user), { leadOrgId: user.organizationId }] },
    include: { memberships: { where: { leftOn: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { organization: true } } },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  return alliance;
}

type CurrentMember = {
  organizationId: string;
  role: FilingMemberInput["role"];
  chainPosition: FilingMemberInput["chainPosition"];
  organization: { creditCode: string; name: string; type: FilingMemberInput["type"] };
};

/** Current members in the shape the rules take. */
export function ruleMembersOf(members: readonly CurrentMember[], leadOrgId: string): FilingMemberInput[] {
  return members.map((m) => ({
    creditCode: m.organization.creditCode,
    name: m.organization.name,
    type: m.organization.type,
    role: m.role,
    chainPosition: m.chainPosition,
    isLead: m.organizationId === leadOrgId,
  }));
}

/** The refusal before filing, in the current language. */
export const filedOnly = () => ({ _form: [text("membership.errors.filedOnly")] });
