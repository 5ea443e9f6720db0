import { getTranslations } from "next-intl/server";
import type { getAllianceOrThrow } from "@/lib/alliances/find-alliances";
import { memberTotals } from "@/lib/rules/member-totals";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate, formatWan } from "@/components/ui/format";
import type { ReactNode } from "react";
import { COMMENTABLE_FIELDS, memberPath } from "@/lib/review/comment-paths";
import { ConfirmBadge, ConfirmSummary } from "@/components/membership/confirm-status";
import { maskName, maskPhone } from "@/lib/privacy/mask";

type AllianceWithMembers = Awaited<ReturnType<typeof getAllianceOrThrow>>;

/** The filing as reviewers see it (附件1 一 to 三); the filer's review page shows the same. */
/** `notes` renders reviewers' comments (and the comment form) next to a field or member row. */
/** `maskContact` shows the contact person and phone masked, for viewers who do not work with them. */
export async function AllianceView({ alliance, notes, maskContact = false }: { alliance: AllianceWithMembers; notes?: (path: string, label: string) => ReactNode; maskContact?: boolean }) {
  const note = (path: keyof typeof COMMENTABLE_FIELDS) => notes?.(path, COMMENTABLE_FIELDS[path]);
  const memberNote = (code: string, name: string) => notes?.(memberPath(code), name);
  const t = await getTranslations();
  const d = (k: string) => t(`alliances.detail.${k}`);
  const members = alliance.memberships;
  const totals = memberTotals(members.map((m) => m.organization));
  const chair = members.find((m) => m.role === "CHAIR");
  const enterprises = members.filter((m) => m.organization.type === "ENTERPRISE");
  const academia = members.filter((m) => m.organization.type === "UNIVERSITY" || m.organization.type === "RESEARCH_INSTITUTE");
  const empty = <span className="muted">{d("notFilled")}</span>;
  return (
    <>
      <h1>{alliance.name} <StateBadge state={alliance.state} /></h1>
      {note("general")}
      {alliance.filing && <p className="muted">{t("alliances.detail.filing", { number: alliance.filing.number })}</p>}
      <section className="card" aria-labelledby="s1">
        <h2 id="s1">{d("overview")}</h2>
        <table className="kv">
          <tbody>
            <tr><th scope="row">{d("fullName")}</th><td>{alliance.name}{note("name")}</td></tr>
            <tr><th scope="row">{d("effective")}</th><td>{formatDate(alliance.agreementEffectiveOn) || empty}{note("agreementEffectiveOn")}</td></tr>
            <tr><th scope="row">{d("techField")}</th><td>{alliance.technicalField || empty}{note("technicalField")}</td></tr>
            <tr><th scope="row">{d("chair")}</th><td>{alliance.chairName || empty}　{d("chairUnit")}：{chair?.organization.name ?? ""}{note("chairName")}</td></tr>
            <tr><th scope="row">{d("host")}</th><td>{alliance.hostUnitName || empty}{note("hostUnitName")}</td></tr>
            <tr><th scope="row">{d("address")}</th><td>{alliance.address || empty}　{d("postcode")}：{alliance.postcode ?? ""}{note("address")}</td></tr>
            <tr><th scope="row">{d("contact")}</th><td>{(maskContact ? maskName(alliance.contactName) : alliance.contactName) || empty}　{d("phone")}：{maskContact ? maskPhone(alliance.phone) : (alliance.phone ?? "")}　{d("fax")}：{alliance.fax ?? ""}{note("contactName")}</td></tr>
            <tr><th scope="row">{t("alliances.members")}</th><td>{t("alliances.detail.totals", { ...totals })}{note("members")}</td></tr>
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="s2">
        <h2 id="s2">{d("goal")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{alliance.innovationGoal || empty}</p>
        {note("innovationGoal")}
      </section>
      <section className="card" aria-labelledby="s3">
        <h2 id="s3">{d("membersHeading")}</h2>
        <ConfirmSummary members={members} />
        <h3>{d("enterprises")}</h3>
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th>{d("orgName")}</th><th>{d("creditCode")}</th><th>{d("role")}</th><th>{d("chain")}</th><th>{d("output")}</th><th>{d("profitTax")}</th><th>{d("resources")}</th><th>{d("top10National")}</th><th>{d("top10Provincial")}</th><th>成员确认</th></tr>
            </thead>
            <tbody>
              {enterprises.map((m) => (
                <tr key={m.id} data-testid={`row-${m.organization.creditCode}`}>
                  <td>{m.organization.name}{memberNote(m.organization.creditCode, m.organization.name)}</td>
                  <td><code>{m.organization.creditCode}</code></td>
                  <td>{t(`allianceRoles.${m.role}`)}</td>
                  <td>{m.chainPosition ? t(`chain.${m.chainPosition}`) : ""}</td>
                  <td className="num">{formatWan(m.outputValue2022)}</td>
                  <td className="num">{formatWan(m.profitTax2022)}</td>
                  <td>{m.resources}</td>
                  <td>{m.nationalTop10 ? d("yes") : d("no")}</td>
                  <td>{m.provincialTop10 ? d("yes") : d("no")}</td>
                  <td><ConfirmBadge member={m} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small">{d("unit")}</p>
        <h3>{d("academia")}</h3>
        <div className="table-wrap">
          <table>
            <thead><tr><th>{d("orgName")}</th><th>{d("creditCode")}</th><th>{d("role")}</th><th>{d("discipline")}</th><th>{d("leader")}</th><th>成员确认</th></tr></thead>
            <tbody>
              {academia.map((m) => (
                <tr key={m.id} data-testid={`row-${m.organization.creditCode}`}>
                  <td>{m.organization.name}{memberNote(m.organization.creditCode, m.organization.name)}</td>
                  <td><code>{m.organization.creditCode}</code></td>
                  <td>{t(`allianceRoles.${m.role}`)}</td>
                  <td>{m.disciplineStrengths}</td>
                  <td>{m.disciplineLeader}</td>
                  <td><ConfirmBadge member={m} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
