import { useTranslations } from "next-intl";
import type { TReportStatusShown } from "@/lib/assessment/scheme";

const COLOR: Record<TReportStatusShown, string> = { NONE: "grey", DRAFT: "amber", SUBMITTED: "blue", ASSESSED: "green", RETURNED: "red" };

export function ReportStatusBadge({ status }: { status: TReportStatusShown }) {
  const t = useTranslations("assessBadges");
  return <span className={`badge ${COLOR[status]}`}>{t(`report.${status}`)}</span>;
}
