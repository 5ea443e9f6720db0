import type { NoticeStatus } from "@/lib/public/notice-list";
import { text } from "@/lib/i18n/text";

const CLASS: Record<NoticeStatus, string> = {
  IN_NOTICE: "badge amber",
  FILED: "badge green",
  REVOKED: "badge red",
  DISSOLVED: "badge grey",
};

/** A notice status's label in the current language. */
export function noticeStatusLabel(status: NoticeStatus): string {
  return text(`public.noticeStatus.${status}`);
}

export function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  return <span className={CLASS[status]}>{noticeStatusLabel(status)}</span>;
}
