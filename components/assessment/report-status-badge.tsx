import type { TReportStatusShown } from "@/lib/assessment/scheme";

export const REPORT_STATUS_LABELS: Record<TReportStatusShown, string> = {
  NONE: "未填报",
  DRAFT: "填报中",
  SUBMITTED: "已提交",
  ASSESSED: "已评分",
  RETURNED: "退回修改",
};
const COLOR: Record<TReportStatusShown, string> = { NONE: "grey", DRAFT: "amber", SUBMITTED: "blue", ASSESSED: "green", RETURNED: "red" };

export function ReportStatusBadge({ status }: { status: TReportStatusShown }) {
  return <span className={`badge ${COLOR[status]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}
