import "server-only";
import { db } from "../db/client";
import { groupMembers } from "../rules/member-groups";

/**
 * The member units a public notice lists: names, kinds and alliance roles of the current members, in the
 * 附件1 三 grouping (企业, 科教单位, 其他成员单位). Figures and contacts stay inside the portal.
 */
export async function findPublicMembers(filingId: string) {
  const filing = await db().filing.findUnique({ where: { id: filingId }, select: { allianceId: true } });
  if (!filing) return null;
  const rows = await db().membership.findMany({
    where: { allianceId: filing.allianceId, leftOn: null },
    orderBy: [{ role: "asc" }, { joinedOn: "asc" }],
    select: { id: true, role: true, organization: { select: { name: true, type: true } } },
  });
  return groupMembers(rows, (m) => m.organization.type);
}
