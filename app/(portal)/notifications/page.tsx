import { withPageText } from "@/lib/i18n/page-text";
import { StoredText } from "@/components/ui/stored-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listNotifications } from "@/lib/notifications/inbox";
import { ZUserListParams } from "@/lib/validation/search-params";
import { formatDateTime } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { MarkAllRead } from "@/components/ui/mark-all-read";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationsPage");
  return { title: t("title") };
}

async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.notifications);
  const t = await getTranslations("notificationsPage");
  const { page } = ZUserListParams.parse(await searchParams);
  const { rows, total, pageSize } = await listNotifications(user, page ?? 1);
  const unread = rows.filter((r) => !r.readAt).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { unread })}</p>
      {unread > 0 && (
        <p className="no-print">
          <MarkAllRead />
        </p>
      )}
      {rows.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="plain card" data-testid="notifications">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt ? "muted" : undefined}>
              {!n.readAt && <span className="badge red">{t("unread")}</span>}{" "}
              <a href={`/notifications/${n.id}`}>
                <StoredText text={n.title} />
              </a>
              {n.body && (
                <>
                  {t("spaced", { text: "" })}
                  <StoredText className="small" text={n.body} />
                </>
              )}
              <span className="muted small">{t("spaced", { text: formatDateTime(n.createdAt) })}</span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page ?? 1} total={total} pageSize={pageSize} params={{}} />
    </>
  );
}

export default withPageText("app/(portal)/notifications/page.tsx", NotificationsPage);
