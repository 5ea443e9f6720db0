import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { changesOf } from "../audit/events";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { getSecuritySettings, SECURITY_ROW_KEY, ZSecuritySettings, type TSecuritySettings } from "./security-settings";

/** The security administrator's policy (三员分立: not the system administrator's); audited with old and new values. */
export async function updateSecuritySettings(user: SessionUser, input: TSecuritySettings) {
  assertRole(user, ["SECURITY_ADMIN"]);
  // Checked here as well as in the action: the minimum is a legal floor, not a form nicety.
  const parsed = ZSecuritySettings.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", undefined, { auditRetentionDays: parsed.error.issues.map((i) => i.message) });
  }
  const values = parsed.data;
  await db().$transaction(async (tx) => {
    const before = await getSecuritySettings(tx);
    const changes = changesOf(before, values);
    if (Object.keys(changes).length === 0) return;
    const key = SECURITY_ROW_KEY.auditRetentionDays;
    await tx.setting.upsert({
      where: { key },
      create: { key, value: values.auditRetentionDays, updatedBy: user.username },
      update: { value: values.auditRetentionDays, updatedBy: user.username },
    });
    await recordAudit(tx, actorOf(user), { action: "settings.updated", entityType: "Setting", entityId: "security", summary: { changes } });
  });
}
