import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findUsers } from "@/lib/users/find-users";
import { USER_LIST, USER_STATUSES } from "@/lib/users/user-list";
import { ROLES } from "@/lib/auth/roles";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { formatDateTime } from "@/components/ui/format";
import type { Metadata } from "next";
import { divisionName } from "@/lib/review/units";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("heading") };
}

const STATUS_KEYS = { active: "active", locked: "statusLocked", disabled: "disabled" } as const;

async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const admin = await requirePageUser(PAGE_ROLES.users);
  const t = await getTranslations();
  const list = USER_LIST.parse(await searchParams);
  const { rows, total, page, pageSize } = await findUsers(admin, list);
  const now = new Date();
  return (
    <>
      <h1>{t("users.heading")}</h1>
      <div className="actions" style={{ marginBottom: 14 }}>
        <Link className="button" href="/admin/users/new">
          {t("users.new")}
        </Link>
      </div>
      <form method="get" role="search" className="filters card" aria-label={t("users.filterLabel")}>
        <SearchField label={t("users.search")} value={list.q} />
        <FilterSelect name="role" label={t("users.roles")} value={list.filters.role} choices={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <FilterSelect
          name="status"
          label={t("users.status")}
          value={list.filters.status}
          choices={USER_STATUSES.map((s) => ({ value: s, label: t(`users.${STATUS_KEYS[s]}`) }))}
        />
        <SortFields list={list} />
        <button type="submit" className="secondary">
          {t("alliances.filter")}
        </button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("users.unit")} problems={list.problems} />
      <p className="muted small">{t("users.dutyNote")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <SortHeader label={t("users.username")} sortKey="username" list={list} />
              <SortHeader label={t("users.displayName")} sortKey="name" list={list} />
              <th scope="col">{t("users.roles")}</th>
              <th scope="col">
                {t("users.division")} / {t("users.organization")}
              </th>
              <th scope="col">{t("users.status")}</th>
              <SortHeader label={t("users.lastLogin")} sortKey="lastLogin" list={list} />
              <th scope="col">
                <span className="skip">{t("users.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} data-testid={`user-${u.username}`}>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>{u.roles.map((r) => t(`roles.${r}`)).join(t("shell.listSeparator"))}</td>
                <td>{u.division ? divisionName(u.division) : (u.organization?.name ?? "")}</td>
                <td>
                  {!u.active ? (
                    <span className="badge grey">{t("users.disabled")}</span>
                  ) : u.lockedUntil && u.lockedUntil > now ? (
                    <span className="badge red">{t("users.locked", { until: formatDateTime(u.lockedUntil) })}</span>
                  ) : (
                    <span className="badge green">{t("users.active")}</span>
                  )}
                </td>
                <td className="date">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("users.never")}</td>
                <td>
                  <Link href={`/admin/users/${u.id}`}>{t("users.edit")}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("users.pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/admin/users/page.tsx", UsersPage);
