import "server-only";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { changesOf } from "../audit/events";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { getWorkflowSettings, settingRowKey, WORKFLOW_SETTING_KEYS, type WorkflowSettings } from "./settings";

/** The system administrator changes service times and the notice period; each change is audited with old and new values. */
export async function updateWorkflowSettings(user: SessionUser, values: WorkflowSettings) {
  assertRole(user, ["SYSTEM_ADMIN"]);
  await db().$transaction(async (tx) => {
    const before = await getWorkflowSettings(tx);
    const changes = changesOf(before, values);
    if (Object.keys(changes).length === 0) return;
    for (const key of WORKFLOW_SETTING_KEYS) {
      if (!(key in changes)) continue;
      await tx.setting.upsert({
        where: { key: settingRowKey(key) },
        create: { key: settingRowKey(key), value: values[key], updatedBy: user.username },
        update: { value: values[key], updatedBy: user.username },
      });
    }
    await recordAudit(tx, actorOf(user), { action: "settings.updated", entityType: "Setting", entityId: "workflow", summary: { changes } });
  });
}
