import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getWorkflowSettings, settingLabel, WORKFLOW_SETTINGS, WORKFLOW_SETTING_KEYS } from "@/lib/settings/settings";
import { SettingsForm } from "@/components/admin/settings-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workflowSettings");
  return { title: t("title") };
}

async function SettingsPage() {
  await requirePageUser(PAGE_ROLES.settings);
  const t = await getTranslations("workflowSettings");
  const values = await getWorkflowSettings();
  const fields = WORKFLOW_SETTING_KEYS.map((k) => ({
    key: k,
    label: settingLabel(k),
    min: WORKFLOW_SETTINGS[k].min,
    max: WORKFLOW_SETTINGS[k].max,
    default: WORKFLOW_SETTINGS[k].default,
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SettingsForm fields={fields} values={values} />
    </>
  );
}

export default withPageText("app/(portal)/admin/settings/page.tsx", SettingsPage);
