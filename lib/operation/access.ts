import "server-only";
import type { z } from "zod";
import { fieldErrorsOf } from "../actions/safe-action";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { isLeadFiler } from "../authz/alliance-abilities";
import { text } from "../i18n/text";
import { unsafeTextMessage, unsafeTextPath } from "../validation/unsafe-text";

const ALLIANCE_HEAD = { id: true, name: true, state: true, leadOrgId: true, version: true } as const;

/** An alliance the user may see, or NOT_FOUND: guessing ids reveals nothing. */
export async function findVisibleAlliance(user: SessionUser, allianceId: string, client: Tx = db()) {
  const alliance = await client.alliance.findFirst({ where: { AND: [{ id: allianceId }, allianceScope(user)] }, select: ALLIANCE_HEAD });
  if (!alliance) throw new AppError("NOT_FOUND");
  return alliance;
}

/**
 * The filer's own FILED alliance (八 运行管理 starts with filing): NOT_FOUND outside scope, FORBIDDEN for
 * anyone but its lead enterprise's filer, CONFLICT once revoked or dissolved.
 */
export async function findOwnedFiledAlliance(user: SessionUser, allianceId: string, client: Tx = db()) {
  const alliance = await findVisibleAlliance(user, allianceId, client);
  if (!isLeadFiler(user, alliance)) throw new AppError("FORBIDDEN", undefined, { _form: [text("operation.errors.notLeadFiler")] });
  if (alliance.state !== "FILED") throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.notFiled")] });
  return alliance;
}

/** Current council members (附件2 第十三条（二）): chair, vice chairs and council units still in the alliance. */
export const COUNCIL_ROLES = ["CHAIR", "VICE_CHAIR", "COUNCIL"] as const;

export async function countCouncilMembers(allianceId: string, client: Tx = db()): Promise<{ council: number; members: number }> {
  const [council, members] = await Promise.all([
    client.membership.count({ where: { allianceId, leftOn: null, role: { in: [...COUNCIL_ROLES] } } }),
    client.membership.count({ where: { allianceId, leftOn: null } }),
  ]);
  return { council, members };
}

/** A YYYY-MM-DD form date as the DATE column stores it (UTC midnight). */
export function toDateColumn(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whole days from China's today to a DATE column's day (negative once past). */
export function daysUntil(day: Date, todayIso: string): number {
  return Math.round((day.getTime() - toDateColumn(todayIso).getTime()) / 86_400_000);
}

/** The data layer parses too (tests and the upload route call it directly): a refusal carries field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const unsafe = unsafeTextPath(raw);
  if (unsafe !== null) throw new AppError("INVALID_INPUT", undefined, { [unsafe]: [unsafeTextMessage()] });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsOf(parsed.error));
  return parsed.data;
}
