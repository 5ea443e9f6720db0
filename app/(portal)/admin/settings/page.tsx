import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getWorkflowSettings, WORKFLOW_SETTINGS, WORKFLOW_SETTING_KEYS } from "@/lib/settings/settings";
import { SettingsForm } from "@/components/admin/settings-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "办理时限设置" };

export default async function SettingsPage() {
  await requirePageUser(PAGE_ROLES.settings);
  const values = await getWorkflowSettings();
  const fields = WORKFLOW_SETTING_KEYS.map((k) => ({
    key: k,
    label: WORKFLOW_SETTINGS[k].label,
    min: WORKFLOW_SETTINGS[k].min,
    max: WORKFLOW_SETTINGS[k].max,
    default: WORKFLOW_SETTINGS[k].default,
  }));
  return (
    <>
      <h1>办理时限设置</h1>
      <p className="muted">
        各审核环节的办理时限用于待办列表的超期标记；公示期用于新备案联盟的公示起止日期。《实施方案》未规定具体时限，以下为本厅服务承诺，可按需调整。
      </p>
      <SettingsForm fields={fields} values={values} />
    </>
  );
}
