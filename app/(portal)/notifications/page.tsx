import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listNotifications } from "@/lib/notifications/inbox";
import { ZUserListParams } from "@/lib/validation/search-params";
import { formatDateTime } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { MarkAllRead } from "@/components/ui/mark-all-read";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "消息通知" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.notifications);
  const { page } = ZUserListParams.parse(await searchParams);
  const { rows, total, pageSize } = await listNotifications(user, page ?? 1);
  const unread = rows.filter((r) => !r.readAt).length;
  return (
    <>
      <h1>消息通知</h1>
      <p className="muted">需要您办理的事项和申报进展会在这里通知您{unread ? `；本页有 ${unread} 条未读` : ""}。</p>
      {unread > 0 && (
        <p className="no-print">
          <MarkAllRead />
        </p>
      )}
      {rows.length === 0 ? (
        <p className="card">暂无消息</p>
      ) : (
        <ul className="plain card" data-testid="notifications">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt ? "muted" : undefined}>
              {!n.readAt && <span className="badge red">未读</span>} <a href={`/notifications/${n.id}`}>{n.title}</a>
              {n.body && <span className="small">　{n.body}</span>}
              <span className="muted small">　{formatDateTime(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page ?? 1} total={total} pageSize={pageSize} params={{}} />
    </>
  );
}
