import "server-only";
import { z } from "../validation/zod";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { text } from "../i18n/text";

// Workflow settings the system administrator may change. The policy sets no time limits for review
// or public notice, so these defaults are the department's service promise, not policy clauses. Service
// times count working days (工作日, lib/calendar/working-days.ts); the notice period counts calendar days.
// Each setting's label is workflowSettings.labels.<labelKey> in the catalogue (settingLabel).
export const WORKFLOW_SETTINGS = {
  "serviceDays.DIVISION_REVIEW": { labelKey: "divisionReview", default: 15, min: 1, max: 90 },
  "serviceDays.FORM_REVIEW": { labelKey: "formReview", default: 10, min: 1, max: 90 },
  "serviceDays.MEETING": { labelKey: "meeting", default: 30, min: 1, max: 180 },
  "serviceDays.FILING": { labelKey: "filing", default: 10, min: 1, max: 90 },
  noticeDays: { labelKey: "noticeDays", default: 7, min: 5, max: 30 },
} as const;

export type WorkflowSettingKey = keyof typeof WORKFLOW_SETTINGS;

/** A setting's label in the current language. */
export function settingLabel(key: WorkflowSettingKey): string {
  return text(`workflowSettings.labels.${WORKFLOW_SETTINGS[key].labelKey}`);
}
export type WorkflowSettings = Record<WorkflowSettingKey, number>;
export const WORKFLOW_SETTING_KEYS = Object.keys(WORKFLOW_SETTINGS) as WorkflowSettingKey[];

const prefix = "workflow.";

export async function getWorkflowSettings(client: Pick<Tx, "setting"> = db()): Promise<WorkflowSettings> {
  const rows = await client.setting.findMany({ where: { key: { startsWith: prefix } } });
  const out = Object.fromEntries(WORKFLOW_SETTING_KEYS.map((k) => [k, WORKFLOW_SETTINGS[k].default])) as WorkflowSettings;
  for (const row of rows) {
    const key = row.key.slice(prefix.length) as WorkflowSettingKey;
    const def = Object.hasOwn(WORKFLOW_SETTINGS, key) ? WORKFLOW_SETTINGS[key] : undefined;
    const parsed = z
      .number()
      .int()
      .min(def?.min ?? 0)
      .max(def?.max ?? 0)
      .safeParse(row.value);
    // A row outside today's bounds (e.g. bounds tightened later) falls back to the default.
    if (def && parsed.success) out[key] = parsed.data;
  }
  return out;
}

export function settingRowKey(key: WorkflowSettingKey): string {
  return prefix + key;
}

/** The overdue limit for a queue state, or null for states that have no service time. */
export function serviceDaysFor(settings: WorkflowSettings, state: string): number | null {
  const key = `serviceDays.${state}`;
  return Object.hasOwn(settings, key) ? settings[key as WorkflowSettingKey] : null;
}

export function settingsSchema() {
  return z.object(
    Object.fromEntries(
      WORKFLOW_SETTING_KEYS.map((k) => {
        const d = WORKFLOW_SETTINGS[k];
        const notInteger = () => text("workflowSettings.notInteger", { label: settingLabel(k) });
        return [
          k,
          z.coerce
            .number({ error: notInteger })
            .int({ error: notInteger })
            .min(d.min, { error: () => text("workflowSettings.tooSmall", { label: settingLabel(k), min: String(d.min) }) })
            .max(d.max, { error: () => text("workflowSettings.tooLarge", { label: settingLabel(k), max: String(d.max) }) }),
        ];
      }),
    ) as Record<WorkflowSettingKey, z.ZodNumber>,
  );
}
