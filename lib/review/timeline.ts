import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { STATE_LABELS, isState } from "../workflow";
import { recordedTransitionLabel } from "../workflow/transitions";
import { isFilerOnly } from "../auth/roles";
import { actingUnit } from "./facts";
import { unitName } from "./units";

export interface TimelineEntry {
  id: string;
  at: Date;
  /** e.g. 提交申报, 退回修改, 厅务会审议通过 */
  title: string;
  actor: string;
  toState: string | null;
  opinion: string | null;
  internal: boolean;
  versionNo: number | null;
}

const FILER_HIDDEN = new Set(["alliance.field_commented", "alliance.field_comment_removed"]);

/**
 * The filing's history from the audit trail (the one record nobody can edit), joined with the
 * opinions. Reviewers see everything; the filer sees every step but not internal opinions or
 * reviewers' comment drafts, and sees units rather than individual reviewers.
 */
export async function findTimeline(user: SessionUser, allianceId: string): Promise<TimelineEntry[]> {
  const alliance = await db().alliance.findFirst({ where: { AND: [{ id: allianceId }, allianceScope(user)] }, select: { id: true } });
  if (!alliance) throw new AppError("NOT_FOUND");
  const filerOnly = isFilerOnly(user.roles);
  const events = await db().auditEvent.findMany({
    where: {
      entityType: "Alliance",
      entityId: alliance.id,
      action: { in: ["alliance.created", "alliance.submitted", "alliance.transitioned", "alliance.field_commented"] },
    },
    orderBy: { id: "asc" },
  });
  const opinionIds = events.map((e) => (e.summary as { opinionId?: string }).opinionId).filter((x): x is string => Boolean(x));
  const opinions = new Map((await db().reviewOpinion.findMany({ where: { id: { in: opinionIds } } })).map((o) => [o.id, o]));
  const actors = new Map(
    (
      await db().user.findMany({
        where: { id: { in: events.map((e) => e.actorId).filter((x): x is string => Boolean(x)) } },
        select: { id: true, displayName: true, roles: true, division: { select: { name: true } }, organization: { select: { name: true } } },
      })
    ).map((u) => [u.id, u]),
  );
  const out: TimelineEntry[] = [];
  for (const e of events) {
    if (filerOnly && FILER_HIDDEN.has(e.action)) continue;
    const s = e.summary as {
      label?: string;
      to?: string;
      state?: string;
      versionNo?: number;
      opinionId?: string;
      transition?: string;
      fieldPath?: string;
      number?: string;
      sessionNo?: string;
      note?: string;
    };
    const op = s.opinionId ? opinions.get(s.opinionId) : undefined;
    const who = e.actorId ? actors.get(e.actorId) : undefined;
    const unit = unitName(actingUnit(who));
    const toState = s.to ?? s.state ?? null;
    let title = recordedTransitionLabel(s);
    if (e.action === "alliance.created") title = text("review.timeline.created");
    if (e.action === "alliance.submitted")
      title =
        s.transition === "RESUBMIT" || (s.versionNo ?? 1) > 1
          ? text("review.timeline.resubmitted", { version: String(s.versionNo) })
          : text("review.timeline.submitted", { version: String(s.versionNo ?? 1) });
    if (e.action === "alliance.field_commented") title = text("review.timeline.commented");
    if (s.number) title += text("review.timeline.numberSuffix", { number: s.number });
    if (s.sessionNo) title += text("review.timeline.sessionSuffix", { session: s.sessionNo });
    const hideOpinion = Boolean(op?.internal) && filerOnly;
    out.push({
      id: String(e.id),
      at: e.at,
      title,
      actor: filerOnly && !who?.roles.includes("ENTERPRISE_FILER") ? unit : text("review.timeline.actorUnit", { name: who?.displayName ?? e.actorName, unit }),
      toState: toState && isState(toState) ? STATE_LABELS[toState] : null,
      opinion: op ? (hideOpinion ? null : op.opinion) : s.note || null,
      internal: Boolean(op?.internal),
      versionNo: s.versionNo ?? null,
    });
  }
  return out;
}
