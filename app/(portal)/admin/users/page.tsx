import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findUsers } from "@/lib/users/find-users";
import { ZUserListParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await requirePageUser(PAGE_ROLES.users);
  const t = await getTranslations();
  const params = ZUserListParams.parse(await searchParams);
  const { rows, total, page } = await findUsers(admin, params);
  const now = new Date();
  return (
    <>
      <h1>{t("users.heading")}</h1>
      <div className="actions" style={{ marginBottom: 14 }}>
        <Link className="button" href="/admin/users/new">{t("users.new")}</Link>
        <form method="get" role="search" className="actions">
          <label htmlFor="q" className="skip">{t("users.search")}</label>
          <input id="q" name="q" type="search" placeholder={t("users.search")} defaultValue={params.q ?? ""} />
          <button type="submit" className="secondary">{t("alliances.filter")}</button>
        </form>
      </div>
      <p className="muted small">{t("users.dutyNote")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th>{t("users.username")}</th><th>{t("users.displayName")}</th><th>{t("users.roles")}</th><th>{t("users.division")} / {t("users.organization")}</th><th>{t("users.status")}</th><th>{t("users.lastLogin")}</th><th /></tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} data-testid={`user-${u.username}`}>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>{u.roles.map((r) => t(`roles.${r}`)).join("、")}</td>
                <td>{u.division?.name ?? u.organization?.name ?? ""}</td>
                <td>
                  {!u.active ? <span className="badge grey">{t("users.disabled")}</span>
                    : u.lockedUntil && u.lockedUntil > now ? <span className="badge red">{t("users.locked", { until: formatDateTime(u.lockedUntil) })}</span>
                    : <span className="badge green">{t("users.active")}</span>}
                </td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("users.never")}</td>
                <td><Link href={`/admin/users/${u.id}`}>{t("users.edit")}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} total={total} pageSize={50} params={{ q: params.q }} />
    </>
  );
}
