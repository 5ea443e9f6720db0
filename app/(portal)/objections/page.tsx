import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listObjections } from "@/lib/public/objections";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { HandleObjectionForm } from "@/components/public/handle-objection-form";
import { maskContact, maskName } from "@/lib/privacy/mask";
import type { Metadata } from "next";
import { OBJECTION_LIST } from "@/lib/public/objection-list";
import { Pager } from "@/components/ui/pager";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField } from "@/components/ui/list-form";
import { FilterSelect } from "@/components/ui/filter-select";

const SORTS = ["pending", "received", "alliance", "number"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("objections");
  return { title: t("title") };
}

async function ObjectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.objections);
  const list = OBJECTION_LIST.parse(await searchParams);
  const [{ rows, total, page, pageSize, open }, t] = await Promise.all([listObjections(user, list), getTranslations("objections")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted">{t("intro")}</p>
      <form className="filters card" method="get" role="search" aria-label={t("filterLabel")}>
        <SearchField label={t("searchField")} value={list.q} />
        <FilterSelect
          name="status"
          label={t("status")}
          value={list.filters.status}
          choices={[
            { value: "open", label: t("open") },
            { value: "handled", label: t("handled") },
          ]}
        />
        <div className="field">
          <label htmlFor="sort">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={list.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("filter")}</button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={list.problems} />
      {open > 0 && <p className="muted small">{t("openCount", { open: String(open) })}</p>}
      {rows.length === 0 && <p className="card">{total === 0 && Object.keys(list.query).length === 0 ? t("none") : t("noMatch")}</p>}
      {rows.map((o) => (
        <article key={o.id} className="card" data-testid={`objection-${o.id}`}>
          <h2>
            <Link href={`/alliances/${o.filing.allianceId}`}>{o.filing.alliance.name}</Link>
            {t("gap")}
            <span className="muted small">{t("numberAndEnd", { number: o.filing.number, end: formatDate(o.filing.noticeEndsOn) })}</span>
          </h2>
          <p className="small">
            {t("who", {
              name: o.handledAt ? maskName(o.name) : o.name,
              contact: o.handledAt ? maskContact(o.contact) : o.contact,
              time: formatDateTime(o.createdAt),
            })}
          </p>
          <p style={{ whiteSpace: "pre-wrap" }}>{o.content}</p>
          {o.handledAt ? (
            <p className="alert ok">{t("handledNote", { time: formatDateTime(o.handledAt), note: o.handlingNote ?? "" })}</p>
          ) : (
            <HandleObjectionForm objectionId={o.id} />
          )}
        </article>
      ))}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/objections/page.tsx", ObjectionsPage);
