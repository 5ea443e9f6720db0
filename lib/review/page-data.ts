import "server-only";
import type { Alliance, Industry } from "../db/generated/client";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { availableTransitions } from "../workflow";
import { isFilerOnly } from "../auth/roles";
import { transitionFacts } from "./facts";
import { unitName } from "./units";
import { REVIEW_TRANSITIONS } from "../validation/review";
import { readSnapshot } from "../filing/snapshot";
import { diffSnapshots, type SnapshotDiff } from "./diff";
import { findFieldComments, type CommentView } from "./field-comments";
import { findTimeline } from "./timeline";
import { ageInDays, serviceTimeOf } from "./queue";
import { getWorkingCalendar } from "../calendar/calendar";
import type { WorkingCalendar } from "../calendar/working-days";
import { getWorkflowSettings, type WorkflowSettings } from "../settings/settings";

type Decision = (typeof REVIEW_TRANSITIONS)[number];

export interface ReturnedDiff {
  diff: SnapshotDiff;
  beforeNo: number;
  afterNo: number;
}

/**
 * Against the version a reviewer returned: the latest earlier version that carries a RETURN opinion,
 * so a reviewer sees what changed since their own request, not merely since the previous version.
 */
export async function diffSinceReturn(allianceId: string, currentNo: number): Promise<ReturnedDiff | null> {
  if (currentNo < 2) return null;
  const returned = await db().applicationVersion.findFirst({
    where: { allianceId, versionNo: { lt: currentNo }, opinions: { some: { decision: "RETURN" } } },
    orderBy: { versionNo: "desc" },
  });
  const current = await db().applicationVersion.findUnique({ where: { allianceId_versionNo: { allianceId, versionNo: currentNo } } });
  const before = returned && readSnapshot(returned.snapshot);
  const after = current && readSnapshot(current.snapshot);
  if (!returned || !current || !before || !after) return null;
  return { diff: diffSnapshots(before, after), beforeNo: returned.versionNo, afterNo: current.versionNo };
}

/**
 * What the reviewers said when the current version was returned: their comments (as this user may
 * see them) and the return opinion while the filing waits for the filer. Shared by the filing page
 * and the editor.
 */
export async function findReturnNotes(user: SessionUser, alliance: Pick<Alliance, "id" | "state" | "currentVersionNo">) {
  const [comments, lastReturn] = await Promise.all([
    alliance.currentVersionNo > 0 ? findFieldComments(user, alliance.id, alliance.currentVersionNo) : Promise.resolve([] as CommentView[]),
    alliance.state === "RETURNED"
      ? db().reviewOpinion.findFirst({
          where: { allianceId: alliance.id, decision: "RETURN", appVersion: { versionNo: alliance.currentVersionNo } },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve(null),
  ]);
  return { comments, returnOpinion: lastReturn ? { opinion: lastReturn.opinion, unit: unitName(lastReturn.reviewUnit), at: lastReturn.createdAt } : null };
}

/** Everything the filing page shows around the form itself, each part limited to what this user may see. */
export async function getReviewPageData(user: SessionUser, alliance: Alliance & { industry: Industry }) {
  const transitions = availableTransitions(alliance.state, user.roles, transitionFacts(user, alliance)).filter((t): t is Decision =>
    (REVIEW_TRANSITIONS as readonly string[]).includes(t),
  );
  const commentable = transitions.some((t) => t.endsWith("_RETURN"));
  const [notes, diff, timeline, settings] = await Promise.all([
    findReturnNotes(user, alliance),
    isFilerOnly(user.roles) ? Promise.resolve(null) : diffSinceReturn(alliance.id, alliance.currentVersionNo),
    findTimeline(user, alliance.id),
    transitions.length > 0 ? Promise.all([getWorkflowSettings(), getWorkingCalendar()]) : Promise.resolve(null),
  ]);
  return { transitions, commentable, ...notes, diff, timeline, deadline: settings ? stageDeadline(alliance, ...settings, new Date()) : null };
}

/** How long the filing has waited at its stage against the service time: the queue's overdue mark, on the page too. */
function stageDeadline(alliance: Pick<Alliance, "state" | "stateSince">, settings: WorkflowSettings, calendar: WorkingCalendar, now: Date) {
  return { ageDays: ageInDays(alliance.stateSince, now), ...serviceTimeOf(alliance, settings, now, calendar) };
}

/** The latest file of each attachment, for reading and for reviewers' comments. */
export async function findAttachments(user: SessionUser, allianceId: string) {
  const docs = await db().document.findMany({
    where: { alliance: { AND: [{ id: allianceId }, allianceScope(user)] } },
    orderBy: { kind: "asc" },
    include: { versions: { orderBy: { versionNo: "desc" }, take: 1, select: { id: true, versionNo: true, fileName: true, byteSize: true, createdAt: true } } },
  });
  return docs.flatMap((d) => (d.versions[0] ? [{ kind: d.kind, title: d.title, ...d.versions[0] }] : []));
}
