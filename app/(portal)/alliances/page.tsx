import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAlliances } from "@/lib/alliances/find-alliances";
import { listIndustries } from "@/lib/alliances/list-industries";
import { ALLIANCE_STATES, ZAllianceListParams } from "@/lib/validation/search-params";
import { StateBadge } from "@/components/ui/state-badge";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";

export default async function AlliancesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const t = await getTranslations();
  const params = ZAllianceListParams.parse(await searchParams);
  const [{ rows, total, page, pageSize }, industries] = await Promise.all([
    findAlliances(user, { state: params.state, industryCode: params.industry, q: params.q, page: params.page }),
    listIndustries(),
  ]);
  return (
    <>
      <h1>{t("alliances.heading")}</h1>
      <form className="filters card" method="get" role="search">
        <div className="field">
          <label htmlFor="q">{t("alliances.q")}</label>
          <input id="q" name="q" type="search" defaultValue={params.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="state">{t("alliances.state")}</label>
          <select id="state" name="state" defaultValue={params.state ?? ""}>
            <option value="">{t("alliances.all")}</option>
            {ALLIANCE_STATES.map((s) => <option key={s} value={s}>{t(`states.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="industry">{t("alliances.industry")}</label>
          <select id="industry" name="industry" defaultValue={params.industry ?? ""}>
            <option value="">{t("alliances.all")}</option>
            {industries.map((i) => <option key={i.code} value={i.code}>{i.name}</option>)}
          </select>
        </div>
        <button type="submit">{t("alliances.filter")}</button>
      </form>
      <p className="muted">{t("alliances.total", { total })}</p>
      {rows.length === 0 ? (
        <p className="card">{t("alliances.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("alliances.name")}</th><th>{t("alliances.industry")}</th><th>{t("alliances.lead")}</th>
                <th>{t("alliances.members")}</th><th>{t("alliances.state")}</th><th>{t("alliances.filingNo")}</th><th>{t("alliances.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td><Link href={`/alliances/${a.id}`}>{a.name}</Link></td>
                  <td>{a.industry.name}</td>
                  <td>{a.leadOrg.name}</td>
                  <td className="num">{a._count.memberships}</td>
                  <td><StateBadge state={a.state} /></td>
                  <td>{a.filing?.number ?? ""}</td>
                  <td>{formatDateTime(a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={{ q: params.q, state: params.state, industry: params.industry }} />
    </>
  );
}
