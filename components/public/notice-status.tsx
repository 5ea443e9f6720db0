import type { NoticeStatus } from "@/lib/public/notice-list";

const LABEL: Record<NoticeStatus, { text: string; cls: string }> = {
  IN_NOTICE: { text: "公示中", cls: "badge amber" },
  FILED: { text: "已备案", cls: "badge green" },
  REVOKED: { text: "已取消备案", cls: "badge red" },
  DISSOLVED: { text: "已解散", cls: "badge grey" },
};

export const NOTICE_STATUS_LABELS = Object.fromEntries(Object.entries(LABEL).map(([k, v]) => [k, v.text])) as Record<NoticeStatus, string>;

export function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  const l = LABEL[status];
  return <span className={l.cls}>{l.text}</span>;
}
