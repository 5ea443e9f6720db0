import { z } from "../validation/zod";
import "server-only";
import { db, type Tx } from "../db/client";
import { text } from "../i18n/text";

// Security policy the security administrator sets. Audit retention: GB/T 22239-2019 8.1.4.3 asks that
// audit records be protected from unexpected deletion, and the Cybersecurity Law (第二十一条) that
// network logs be kept at least six months; 184 days covers any six calendar months. The AuditEvent
// table is append-only, so nothing deletes events: the setting records the promise, and any future
// archiving job must read it and never go below the minimum.
export const AUDIT_RETENTION_MIN_DAYS = 184;
export const AUDIT_RETENTION_MAX_DAYS = 3650;
const notInteger = () => text("securitySettings.notInteger");

export const ZSecuritySettings = z.object({
  auditRetentionDays: z.coerce
    .number({ error: notInteger })
    .int({ error: notInteger })
    .min(AUDIT_RETENTION_MIN_DAYS, { error: () => text("securitySettings.tooShort", { min: String(AUDIT_RETENTION_MIN_DAYS) }) })
    .max(AUDIT_RETENTION_MAX_DAYS, { error: () => text("securitySettings.tooLong", { max: String(AUDIT_RETENTION_MAX_DAYS) }) }),
});
export type TSecuritySettings = z.output<typeof ZSecuritySettings>;

export const SECURITY_DEFAULTS: TSecuritySettings = { auditRetentionDays: AUDIT_RETENTION_MIN_DAYS };
export const SECURITY_ROW_KEY = { auditRetentionDays: "security.auditRetentionDays" } as const;

/** Stored values, each checked against today's bounds; a row outside them falls back to the default. */
export async function getSecuritySettings(client: Pick<Tx, "setting"> = db()): Promise<TSecuritySettings> {
  const row = await client.setting.findUnique({ where: { key: SECURITY_ROW_KEY.auditRetentionDays } });
  const parsed = ZSecuritySettings.shape.auditRetentionDays.safeParse(row?.value);
  return { auditRetentionDays: parsed.success ? parsed.data : SECURITY_DEFAULTS.auditRetentionDays };
}
