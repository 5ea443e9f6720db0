import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { EDITABLE_STATES, editableWhere } from "./editable";
import { toDraftFields } from "./to-form";

export async function getFilingForEdit(user: SessionUser, allianceId: string) {
  const alliance = await db().alliance.findFirst({
    where: editableWhere(user, allianceId),
    include: {
      industry: true,
      leadOrg: true,
      memberships: { where: { leftOn: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { organization: true } },
      documents: { include: { versions: { orderBy: { versionNo: "desc" }, take: 1 } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  return { alliance, editable: EDITABLE_STATES.includes(alliance.state), fields: toDraftFields(alliance) };
}
