import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { changesOf } from "../audit/events";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZUserUpdateInput } from "../validation/user";
import { assertRoleCombination } from "./role-check";
import { assertNotDutyAccount, assertRoleChangeAllowed } from "./duty-guard";
import { maskEmail, maskPhone } from "../privacy/mask";
import { text } from "../i18n/text";

// Changes that alter what a person may do end their current sessions at once.
const SESSION_ENDING = ["roles", "divisionId", "organizationId", "active"] as const;

export async function updateUser(admin: SessionUser, input: z.output<typeof ZUserUpdateInput>) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  assertRoleCombination(input.roles, input.organizationId, input.divisionId);
  if (input.id === admin.id && (!input.active || !input.roles.includes("SYSTEM_ADMIN"))) {
    throw new AppError("SELF_ACTION", undefined, { roles: [text("userRules.selfDisable")] });
  }
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND");
    // Its own account stays editable (name, contact) but not its roles; the other duties' accounts not at all.
    if (before.id !== admin.id) assertNotDutyAccount(before, "roles");
    assertRoleChangeAllowed(admin, before, input.roles);
    const next = {
      displayName: input.displayName,
      roles: input.roles,
      divisionId: input.divisionId,
      organizationId: input.organizationId,
      phone: input.phone,
      email: input.email,
      active: input.active,
    };
    const changes = changesOf(before, next);
    if (Object.keys(changes).length === 0) return { id: before.id, changed: false };
    const endsSessions = SESSION_ENDING.some((k) => k in changes);
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...next, version: { increment: 1 }, ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT");
    // The audit trail records that a phone or email changed, masked: it is read by people who need not know them.
    const masked = { ...changes };
    if (masked.phone) masked.phone = { from: maskPhone(before.phone) || null, to: maskPhone(next.phone) || null };
    if (masked.email) masked.email = { from: maskEmail(before.email) || null, to: maskEmail(next.email) || null };
    await recordAudit(tx, actorOf(admin), { action: "user.updated", entityType: "User", entityId: before.id, summary: { changes: masked } });
    return { id: before.id, changed: true };
  });
}
