import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { STATE_LABELS, isState } from "../workflow";
import { isFilerOnly } from "../auth/roles";
import { actingUnit } from "./facts";

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
    const unit = actingUnit(who);
    const toState = s.to ?? s.state ?? null;
    let title = s.label ?? "";
    if (e.action === "alliance.created") title = "创建申报草稿";
    if (e.action === "alliance.submitted")
      title = s.transition === "RESUBMIT" || (s.versionNo ?? 1) > 1 ? `重新提交（第 ${s.versionNo} 版）` : `提交申报（第 ${s.versionNo ?? 1} 版）`;
    if (e.action === "alliance.field_commented") title = "添加字段批注";
    if (s.number) title += `，备案编号 ${s.number}`;
    if (s.sessionNo) title += `（${s.sessionNo}厅务会）`;
    const hideOpinion = Boolean(op?.internal) && filerOnly;
    out.push({
      id: String(e.id),
      at: e.at,
      title,
      actor: filerOnly && !who?.roles.includes("ENTERPRISE_FILER") ? unit : `${who?.displayName ?? e.actorName}（${unit}）`,
      toState: toState && isState(toState) ? STATE_LABELS[toState] : null,
      opinion: op ? (hideOpinion ? null : op.opinion) : s.note || null,
      internal: Boolean(op?.internal),
      versionNo: s.versionNo ?? null,
    });
  }
  return out;
}
