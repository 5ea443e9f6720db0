import "server-only";
import { db } from "../db/client";
import type { Membership } from "../db/generated/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { isLeadFiler } from "../authz/alliance-abilities";
import { fileStore } from "../storage/file-store";
import { logError } from "../log";
import { text } from "../i18n/text";
import { unitName } from "../review/units";
import { ATTACHMENT_KINDS } from "./upload-attachment";

// 七（三）: a rejected filing is final, but the enterprise may start a new cycle from it (issue #17 item 6): an
// editable DRAFT copy of the rejected record (附件1 fields, the current member list, the latest charter,
// agreement, construction plan and other attachments) that points at it, with the reviewers' reasons shown on
// the new draft. The rejected record itself stays as it was, with its versions, opinions and timeline.

/**
 * A member row as the new cycle starts with it: the unit, its role, chain position, figures and order; not its
 * confirmation or dispute (member units confirm the new filing afresh) nor its dates.
 */
const NOT_COPIED = new Set([
  "id",
  "allianceId",
  "joinedOn",
  "leftOn",
  "confirmTokenHash",
  "confirmTokenExpires",
  "confirmedAt",
  "confirmedFigures",
  "confirmEmailedAt",
  "disputedAt",
  "disputeNote",
  "createdAt",
]);
function memberCopy(m: Membership) {
  return Object.fromEntries(Object.entries(m).filter(([k]) => !NOT_COPIED.has(k))) as Omit<
    Membership,
    | "id"
    | "allianceId"
    | "joinedOn"
    | "leftOn"
    | "confirmTokenHash"
    | "confirmTokenExpires"
    | "confirmedAt"
    | "confirmedFigures"
    | "disputedAt"
    | "disputeNote"
    | "createdAt"
  >;
}

const STAGE_UNITS = ["DIVISION", "FORM", "MEETING", "FILING"] as const;
/** The reviewing unit named after its stage, where the opinion recorded none. */
function stageUnit(stage: string): string | undefined {
  return (STAGE_UNITS as readonly string[]).includes(stage) ? text(`refile.stageUnit.${stage as (typeof STAGE_UNITS)[number]}`) : undefined;
}

/** Why a filing was rejected, as its lead filer may read it: the reject opinion, the meeting's note, the visible field comments. */
export async function findRejectionReasons(user: SessionUser, rejectedId: string) {
  const alliance = await db().alliance.findFirst({
    where: { AND: [{ id: rejectedId }, allianceScope(user)] },
    select: { id: true, name: true, state: true, currentVersionNo: true, stateSince: true },
  });
  if (!alliance || alliance.state !== "REJECTED") return null;
  const [opinions, meeting, comments] = await Promise.all([
    db().reviewOpinion.findMany({
      where: { allianceId: alliance.id, decision: "REJECT", internal: false },
      orderBy: { createdAt: "asc" },
      select: { stage: true, opinion: true, reviewUnit: true, createdAt: true },
    }),
    db().meetingDecision.findFirst({
      where: { allianceId: alliance.id, outcome: "REJECT" },
      orderBy: { decidedAt: "desc" },
      select: { note: true, decidedAt: true, meeting: { select: { sessionNo: true } } },
    }),
    db().fieldComment.findMany({
      where: { allianceId: alliance.id, versionNo: alliance.currentVersionNo, visibleToFiler: true },
      orderBy: { createdAt: "asc" },
      select: { fieldPath: true, text: true },
    }),
  ]);
  const reasons = [
    ...opinions.map((o) => ({ unit: (o.reviewUnit && unitName(o.reviewUnit)) || stageUnit(o.stage) || o.stage, text: o.opinion, at: o.createdAt })),
    ...(meeting
      ? [{ unit: text("refile.meetingUnit", { session: meeting.meeting.sessionNo }), text: meeting.note ?? "", at: meeting.decidedAt ?? alliance.stateSince }]
      : []),
  ];
  return { allianceId: alliance.id, name: alliance.name, versionNo: alliance.currentVersionNo, rejectedAt: alliance.stateSince, reasons, comments };
}

export type RejectionReasons = NonNullable<Awaited<ReturnType<typeof findRejectionReasons>>>;

/**
 * Starts the new cycle. Only the lead enterprise's filer, only from a REJECTED filing, once: a second call returns
 * the copy already made. Attachment files are copied under new storage keys before the transaction (a record never
 * shares a file with another); if the transaction fails they are removed again (or swept later).
 */
export async function refileRejected(user: SessionUser, input: { allianceId: string }) {
  assertRole(user, ["ENTERPRISE_FILER"]);
  const old = await db().alliance.findFirst({
    where: { AND: [{ id: input.allianceId }, allianceScope(user)] },
    include: {
      refiledAs: { select: { id: true } },
      memberships: { where: { leftOn: null } },
      documents: {
        where: { kind: { in: [...ATTACHMENT_KINDS] } },
        orderBy: { createdAt: "asc" },
        include: { versions: { orderBy: { versionNo: "desc" }, take: 1 } },
      },
    },
  });
  if (!old || !isLeadFiler(user, old)) throw new AppError("NOT_FOUND");
  if (old.refiledAs) return { id: old.refiledAs.id, created: false };
  if (old.state !== "REJECTED") throw new AppError("FORBIDDEN", undefined, { _form: [text("refile.onlyRejected")] });

  const store = fileStore();
  const copies: {
    kind: (typeof old.documents)[number]["kind"];
    title: string;
    v: NonNullable<(typeof old.documents)[number]["versions"][number]>;
    key: string;
  }[] = [];
  try {
    for (const d of old.documents) {
      const v = d.versions[0];
      if (v) copies.push({ kind: d.kind, title: d.title, v, key: await store.put(await store.get(v.storageKey)) });
    }
    return await db().$transaction(async (tx) => {
      const {
        id: _id,
        state: _state,
        returnedFrom: _returnedFrom,
        stateSince: _stateSince,
        currentVersionNo: _currentVersionNo,
        version: _version,
        submittedAt: _submittedAt,
        createdById: _createdById,
        createdAt: _createdAt,
        updatedAt: _updatedAt,
        refiledFromId: _refiledFromId,
        refiledAs: _refiledAs,
        memberships,
        documents: _documents,
        ...fields
      } = old;
      const created = await tx.alliance.create({
        data: {
          ...fields,
          state: "DRAFT",
          createdById: user.id,
          refiledFromId: old.id,
          memberships: { create: memberships.map(memberCopy) },
        },
      });
      for (const c of copies) {
        await tx.document.create({
          data: {
            allianceId: created.id,
            kind: c.kind,
            title: c.title,
            versions: {
              create: {
                versionNo: 1,
                fileName: c.v.fileName,
                mimeType: c.v.mimeType,
                byteSize: c.v.byteSize,
                sha256: c.v.sha256,
                storageKey: c.key,
                uploadedById: user.id,
              },
            },
          },
        });
      }
      await recordAudit(tx, actorOf(user), {
        action: "alliance.refiled",
        entityType: "Alliance",
        entityId: created.id,
        summary: { name: created.name, fromAllianceId: old.id, fromVersionNo: old.currentVersionNo, members: memberships.length, documents: copies.length },
      });
      return { id: created.id, created: true };
    });
  } catch (err) {
    for (const c of copies)
      await store.delete(c.key).catch((cleanup: unknown) => logError("could not delete a copied file of a failed re-filing (the sweep will)", cleanup));
    // Two tabs at once: the unique refiledFromId lets one win; the other finds the copy it made.
    const again = await db().alliance.findFirst({ where: { refiledFromId: old.id }, select: { id: true } });
    if (again) return { id: again.id, created: false };
    throw err;
  }
}

/**
 * What a filing page shows about re-filing: for a rejected filing, its reasons and the new cycle if one was
 * started; for a new cycle, the rejected record it came from and that record's reasons.
 */
export async function findRefiling(user: SessionUser, alliance: { id: string; state: string; refiledFromId: string | null; leadOrgId: string }) {
  const [refiledAs, rejected, source] = await Promise.all([
    alliance.state === "REJECTED"
      ? db().alliance.findFirst({ where: { AND: [{ refiledFromId: alliance.id }, allianceScope(user)] }, select: { id: true, name: true, state: true } })
      : Promise.resolve(null),
    alliance.state === "REJECTED" ? findRejectionReasons(user, alliance.id) : Promise.resolve(null),
    alliance.refiledFromId ? findRejectionReasons(user, alliance.refiledFromId) : Promise.resolve(null),
  ]);
  return { refiledAs, rejected, source, canRefile: alliance.state === "REJECTED" && !refiledAs && isLeadFiler(user, alliance) };
}
