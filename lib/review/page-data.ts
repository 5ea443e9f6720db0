import "server-only";
import type { Alliance, Industry } from "../db/generated/client";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { availableTransitions } from "../workflow";
import { REVIEW_TRANSITIONS } from "../validation/review";
import { isFullSnapshot } from "../filing/snapshot";
import { diffSnapshots, type SnapshotDiff } from "./diff";
import { findFieldComments, type CommentView } from "./field-comments";
import { findTimeline } from "./timeline";

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
  if (!returned || !current || !isFullSnapshot(returned.snapshot) || !isFullSnapshot(current.snapshot)) return null;
  return { diff: diffSnapshots(returned.snapshot, current.snapshot), beforeNo: returned.versionNo, afterNo: current.versionNo };
}

/** Everything the filing page shows around the form itself, each part limited to what this user may see. */
export async function getReviewPageData(user: SessionUser, alliance: Alliance & { industry: Industry }) {
  const context = {
    ownsIndustry: Boolean(user.divisionId) && alliance.industry.divisionId === user.divisionId,
    ownsAlliance: Boolean(user.organizationId) && alliance.leadOrgId === user.organizationId,
    returnedFrom: alliance.returnedFrom,
  };
  const transitions = availableTransitions(alliance.state, user.roles, context).filter((t): t is Decision => (REVIEW_TRANSITIONS as readonly string[]).includes(t));
  const commentable = transitions.some((t) => t.endsWith("_RETURN"));
  const comments: CommentView[] = alliance.currentVersionNo > 0 ? await findFieldComments(user, alliance.id, alliance.currentVersionNo) : [];
  const isReviewer = user.roles.some((r) => r !== "ENTERPRISE_FILER");
  const [diff, timeline, lastReturn] = await Promise.all([
    isReviewer ? diffSinceReturn(alliance.id, alliance.currentVersionNo) : Promise.resolve(null),
    findTimeline(user, alliance.id),
    alliance.state === "RETURNED"
      ? db().reviewOpinion.findFirst({ where: { allianceId: alliance.id, decision: "RETURN", appVersion: { versionNo: alliance.currentVersionNo } }, orderBy: { createdAt: "desc" } })
      : Promise.resolve(null),
  ]);
  return { transitions, commentable, comments, diff, timeline, returnOpinion: lastReturn ? { opinion: lastReturn.opinion, unit: lastReturn.reviewUnit, at: lastReturn.createdAt } : null };
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
