import "server-only";
import type { Prisma } from "../db/generated/client";
import type { AllianceState } from "../db/generated/enums";
import type { Tx } from "../db/client";
import { notifyUsers } from "../notifications/notify";

interface AllianceRef {
  id: string;
  name: string;
  state: AllianceState;
  leadOrgId: string;
  industry: { divisionId: string | null };
}

/** Who must act next (or be told) when a filing enters `state`. */
export function recipientsFor(a: AllianceRef): { who: Prisma.UserWhereInput; title: string; kind: string } | null {
  const filers: Prisma.UserWhereInput = { roles: { has: "ENTERPRISE_FILER" }, organizationId: a.leadOrgId };
  switch (a.state) {
    case "DIVISION_REVIEW":
      if (!a.industry.divisionId) return null;
      return { who: { roles: { has: "DIVISION_REVIEWER" }, divisionId: a.industry.divisionId }, kind: "review.todo", title: `待处室审核：${a.name}` };
    case "FORM_REVIEW":
      return { who: { roles: { has: "DEPARTMENT_SECRETARY" } }, kind: "review.todo", title: `待组织形式审核：${a.name}` };
    case "MEETING":
      return { who: { roles: { has: "DEPARTMENT_SECRETARY" } }, kind: "meeting.todo", title: `待提交厅务会审议：${a.name}` };
    case "FILING":
      return { who: { roles: { has: "INSTITUTE_OFFICER" } }, kind: "filing.todo", title: `待备案：${a.name}` };
    case "RETURNED":
      return { who: filers, kind: "alliance.returned", title: `申报被退回修改：${a.name}` };
    case "REJECTED":
      return { who: filers, kind: "alliance.rejected", title: `申报未获通过：${a.name}` };
    case "FILED":
      return { who: filers, kind: "alliance.filed", title: `联盟已予备案：${a.name}` };
    case "REVOKED":
      return { who: filers, kind: "alliance.revoked", title: `联盟备案已取消：${a.name}` };
    case "DISSOLVED":
      return { who: filers, kind: "alliance.dissolved", title: `联盟已解散，备案终止：${a.name}` };
    default:
      return null;
  }
}

export async function notifyForState(tx: Tx, a: AllianceRef, action: string, actorId: string): Promise<number> {
  const r = recipientsFor(a);
  if (!r) return 0;
  return notifyUsers(tx, r.who, { kind: r.kind, title: r.title, body: `操作：${action}`, link: `/alliances/${a.id}` }, actorId);
}
