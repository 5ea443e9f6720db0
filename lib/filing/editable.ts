import "server-only";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";

// The filer edits only its own organisation's filing, and only before submission or after a return.
export { EDITABLE_STATES } from "../authz/alliance-abilities";

export function editableWhere(user: SessionUser, allianceId: string): Prisma.AllianceWhereInput {
  assertRole(user, ["ENTERPRISE_FILER"]);
  if (!user.organizationId) throw new AppError("NOT_FOUND");
  return { id: allianceId, leadOrgId: user.organizationId };
}
