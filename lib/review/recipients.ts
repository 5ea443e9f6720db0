import "server-only";
import type { Prisma } from "../db/generated/client";
import type { AllianceState } from "../db/generated/enums";
import type { Tx } from "../db/client";
import { notifyUsers, type NoticeText } from "../notifications/notify";

interface AllianceRef {
  id: string;
  name: string;
  state: AllianceState;
  leadOrgId: string;
  industry: { divisionId: string | null };
}

/** Who must act next (or be told) when a filing enters `state`. */
export function recipientsFor(a: AllianceRef): { who: Prisma.UserWhereInput; title: NoticeText; kind: string } | null {
  const filers: Prisma.UserWhereInput = { roles: { has: "ENTERPRISE_FILER" }, organizationId: a.leadOrgId };
  switch (a.state) {
    case "DIVISION_REVIEW":
      if (!a.industry.divisionId) return null;
      return {
        who: { roles: { has: "DIVISION_REVIEWER" }, divisionId: a.industry.divisionId },
        kind: "review.todo",
        title: (t) => t("review.notify.divisionReview", { name: a.name }),
      };
    case "FORM_REVIEW":
      return { who: { roles: { has: "DEPARTMENT_SECRETARY" } }, kind: "review.todo", title: (t) => t("review.notify.formReview", { name: a.name }) };
    case "MEETING":
      return { who: { roles: { has: "DEPARTMENT_SECRETARY" } }, kind: "meeting.todo", title: (t) => t("review.notify.meeting", { name: a.name }) };
    case "FILING":
      return { who: { roles: { has: "INSTITUTE_OFFICER" } }, kind: "filing.todo", title: (t) => t("review.notify.filing", { name: a.name }) };
    case "RETURNED":
      return { who: filers, kind: "alliance.returned", title: (t) => t("review.notify.returned", { name: a.name }) };
    case "REJECTED":
      return { who: filers, kind: "alliance.rejected", title: (t) => t("review.notify.rejected", { name: a.name }) };
    case "FILED":
      return { who: filers, kind: "alliance.filed", title: (t) => t("review.notify.filed", { name: a.name }) };
    case "REVOKED":
      return { who: filers, kind: "alliance.revoked", title: (t) => t("review.notify.revoked", { name: a.name }) };
    case "DISSOLVED":
      return { who: filers, kind: "alliance.dissolved", title: (t) => t("review.notify.dissolved", { name: a.name }) };
    default:
      return null;
  }
}

export async function notifyForState(tx: Tx, a: AllianceRef, action: string, actorId: string): Promise<number> {
  const r = recipientsFor(a);
  if (!r) return 0;
  return notifyUsers(tx, r.who, { kind: r.kind, title: r.title, body: (t) => t("review.notify.action", { action }), link: `/alliances/${a.id}` }, actorId);
}
