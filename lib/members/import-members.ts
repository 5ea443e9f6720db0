import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { EDITABLE_STATES, editableWhere } from "../filing/editable";
import { parseMemberSheet } from "./member-sheet";

/**
 * Reads a filled member template for the filer's draft. Nothing is saved here: the rows go back
 * to the form (which autosaves), with a report of every row that could not be read.
 */
export async function importMembers(user: SessionUser, allianceId: string, bytes: Buffer) {
  const alliance = await db().alliance.findFirst({ where: editableWhere(user, allianceId), select: { state: true } });
  if (!alliance) throw new AppError("NOT_FOUND");
  if (!EDITABLE_STATES.includes(alliance.state)) throw new AppError("FORBIDDEN");
  const parsed = await parseMemberSheet(bytes);
  if ("problem" in parsed) throw new AppError("INVALID_INPUT", undefined, { file: [parsed.problem] });
  // Known organisations keep their registered name and type.
  const known = await db().organization.findMany({
    where: { creditCode: { in: parsed.rows.map((r) => r.member.creditCode) } },
    select: { creditCode: true, name: true, type: true },
  });
  const rows = parsed.rows.map((r) => {
    const k = known.find((o) => o.creditCode === r.member.creditCode);
    return k ? { ...r, member: { ...r.member, name: k.name, type: k.type }, known: true } : { ...r, known: false };
  });
  return { rows, errors: parsed.errors };
}
