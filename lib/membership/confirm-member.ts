import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import { ZConfirmToken, ZConfirmedFigures } from "../validation/membership";
import { toJsonColumn } from "../validation/json-column";
import { hashConfirmToken } from "./confirm-links";
import { listingOf } from "./confirm-status";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";

// One answer for an unknown, used or expired link, so the page gives away nothing about which.
/** The answer to a wrong or used link, in the current language. */
export function linkInvalidMessage(): string {
  return text("membership.errors.linkInvalid");
}

async function findByToken(tx: Tx | ReturnType<typeof db>, token: string, now: Date) {
  if (!ZConfirmToken.safeParse(token).success) return null;
  const m = await tx.membership.findUnique({
    where: { confirmTokenHash: hashConfirmToken(token) },
    include: { organization: { select: { name: true, type: true } }, alliance: { select: { id: true, name: true, state: true } } },
  });
  if (!m || !m.confirmTokenExpires || m.confirmTokenExpires <= now || m.leftOn || m.alliance.state === "REJECTED") return null;
  return m;
}

/** What the public confirmation page shows: the member unit's listing, or null for any link that cannot be used. */
export async function getConfirmListing(token: string, now = new Date()) {
  const m = await findByToken(db(), token, now);
  if (!m) return null;
  return { allianceName: m.alliance.name, expiresAt: m.confirmTokenExpires!, ...listingOf(m) };
}

async function answer(
  token: string,
  ip: string | null,
  now: Date,
  write: (m: NonNullable<Awaited<ReturnType<typeof findByToken>>>) => {
    data: Prisma.MembershipUpdateManyMutationInput;
    action: "member.confirmed" | "member.disputed";
    summary: Record<string, unknown>;
  },
) {
  await db().$transaction(async (tx) => {
    const m = await findByToken(tx, token, now);
    if (!m) throw new AppError("NOT_FOUND", undefined, { _form: [linkInvalidMessage()] });
    const { data, action, summary } = write(m);
    // Single use: the token is cleared in the same conditional write, so two clicks cannot both succeed.
    const { count } = await tx.membership.updateMany({
      where: { id: m.id, confirmTokenHash: m.confirmTokenHash, confirmTokenExpires: { gt: now } },
      data: { ...data, confirmTokenHash: null, confirmTokenExpires: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND", undefined, { _form: [linkInvalidMessage()] });
    const actor: AuditActor = {
      actorId: null,
      actorName: inLocale("zh-CN", () => text("membership.auditActor", { name: m.organization.name })),
      actorRole: null,
      ip,
    };
    await recordAudit(tx, actor, { action, entityType: "Membership", entityId: m.id, summary: { allianceId: m.alliance.id, ...summary } });
  });
}

/** 确认无误: the unit confirms its listing as shown; what it confirmed is kept to spot later edits. */
export async function confirmMember(input: { token: string }, ip: string | null, now = new Date()) {
  await answer(input.token, ip, now, (m) => {
    const figures = listingOf(m);
    return {
      data: { confirmedAt: now, confirmedFigures: toJsonColumn(ZConfirmedFigures, figures), disputedAt: null, disputeNote: null },
      action: "member.confirmed",
      summary: { figures },
    };
  });
}

/** 信息有误: the unit says its listing is wrong, with a note the filer and reviewers read. */
export async function disputeMember(input: { token: string; note: string }, ip: string | null, now = new Date()) {
  await answer(input.token, ip, now, (m) => ({
    data: { disputedAt: now, disputeNote: input.note, confirmedAt: null },
    action: "member.disputed",
    summary: { note: input.note, figures: listingOf(m) },
  }));
}
