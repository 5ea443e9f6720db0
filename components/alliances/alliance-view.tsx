import { getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalogue";
import type { getAllianceOrThrow } from "@/lib/alliances/find-alliances";
import { memberTotals } from "@/lib/rules/member-totals";
import { groupMembers } from "@/lib/rules/member-groups";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate, formatWan } from "@/components/ui/format";
import type { ReactNode } from "react";
import { COMMENTABLE_FIELDS, memberPath } from "@/lib/review/comment-paths";
import { ConfirmBadge, ConfirmSummary } from "@/components/membership/confirm-status";
import { StoredText } from "@/components/ui/stored-text";
import { maskName, maskPhone } from "@/lib/privacy/mask";

type AllianceWithMembers = Awaited<ReturnType<typeof getAllianceOrThrow>>;

/** The filing as reviewers see it (附件1 一 to 三); the filer's review page shows the same. */
/** `notes` renders reviewers' comments (and the comment form) next to a field or member row. */
/** `maskContact` shows the contact person and phone masked, for viewers who do not work with them. */
/** `titleLevel` 2 where the page has its own <h1> (核对并提交), so a page has one. */
export async function AllianceView({
  alliance,
  notes,
  maskContact = false,
  titleLevel = 1,
}: {
  alliance: AllianceWithMembers;
  notes?: (path: string, label: string) => ReactNode;
  maskContact?: boolean;
  titleLevel?: 1 | 2;
}) {
  const note = (path: keyof typeof COMMENTABLE_FIELDS) => notes?.(path, COMMENTABLE_FIELDS[path]);
  const memberNote = (code: string, name: string) => notes?.(memberPath(code), name);
  const t = await getTranslations();
  const d = (k: keyof Messages["alliances"]["detail"]) => t(`alliances.detail.${k}`);
  const members = alliance.memberships;
  const totals = memberTotals(members.map((m) => m.organization));
  const chair = members.find((m) => m.role === "CHAIR");
  const groups = groupMembers(members, (m) => m.organization.type);
  const empty = <span className="muted">{d("notFilled")}</span>;
  return (
    <>
      {titleLevel === 1 ? (
        <h1>
          {alliance.name} <StateBadge state={alliance.state} />
        </h1>
      ) : (
        <h2 className="view-title">
          {alliance.name} <StateBadge state={alliance.state} />
        </h2>
      )}
      {note("general")}
      {alliance.filing && <p className="muted">{t("alliances.detail.filing", { number: alliance.filing.number })}</p>}
      <section className="card" aria-labelledby="s1">
        <h2 id="s1">{d("overview")}</h2>
        <table className="kv">
          <tbody>
            <tr>
              <th scope="row">{d("fullName")}</th>
              <td>
                {alliance.name}
                {note("name")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("effective")}</th>
              <td className="nowrap">
                {formatDate(alliance.agreementEffectiveOn) || empty}
                {note("agreementEffectiveOn")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("techField")}</th>
              <td>
                {alliance.technicalField ? <StoredText text={alliance.technicalField} /> : empty}
                {note("technicalField")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("chair")}</th>
              <td>
                {alliance.chairName || empty}
                {t("alliances.detail.inlineField", { label: d("chairUnit"), value: chair?.organization.name ?? "" })}
                {note("chairName")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("host")}</th>
              <td>
                {alliance.hostUnitName ? <StoredText text={alliance.hostUnitName} /> : empty}
                {note("hostUnitName")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("address")}</th>
              <td>
                {alliance.address ? <StoredText text={alliance.address} /> : empty}
                {t("alliances.detail.inlineField", { label: d("postcode"), value: alliance.postcode ?? "" })}
                {note("address")}
              </td>
            </tr>
            <tr>
              <th scope="row">{d("contact")}</th>
              <td>
                {(maskContact ? maskName(alliance.contactName) : alliance.contactName) || empty}
                {t("alliances.detail.inlineField", { label: d("phone"), value: maskContact ? maskPhone(alliance.phone) : (alliance.phone ?? "") })}
                {t("alliances.detail.inlineField", { label: d("fax"), value: alliance.fax ?? "" })}
                {note("contactName")}
              </td>
            </tr>
            <tr>
              <th scope="row">{t("alliances.members")}</th>
              <td>
                {t("alliances.detail.totals", { ...totals })}
                {note("members")}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="s2">
        <h2 id="s2">{d("goal")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{alliance.innovationGoal ? <StoredText text={alliance.innovationGoal} /> : empty}</p>
        {note("innovationGoal")}
      </section>
      <section className="card print-wide" aria-labelledby="s3">
        <h2 id="s3">{d("membersHeading")}</h2>
        <ConfirmSummary members={members} />
        <div className="member-groups">
          <h3 id="s3-enterprises">{t("alliances.detail.groupHeading", { heading: d("enterprises"), count: groups.enterprises.length })}</h3>
          <table className="members members-view" aria-labelledby="s3-enterprises">
            <thead>
              <tr>
                <th scope="col">{d("orgName")}</th>
                <th scope="col">{d("creditCode")}</th>
                <th scope="col">{d("role")}</th>
                <th scope="col">{d("chain")}</th>
                <th scope="col" className="num">
                  {d("output")}
                </th>
                <th scope="col" className="num">
                  {d("profitTax")}
                </th>
                <th scope="col">{d("resources")}</th>
                <th scope="col">{d("top10National")}</th>
                <th scope="col">{d("top10Provincial")}</th>
                <th scope="col">{d("memberConfirm")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.enterprises.map((m) => (
                <tr key={m.id} data-testid={`row-${m.organization.creditCode}`}>
                  <td className="c-name">
                    {m.organization.name}
                    {memberNote(m.organization.creditCode, m.organization.name)}
                  </td>
                  <td data-label={d("creditCode")}>
                    <code className="nowrap">{m.organization.creditCode}</code>
                  </td>
                  <td data-label={d("role")} className="nowrap">
                    {t(`allianceRoles.${m.role}`)}
                  </td>
                  <td data-label={d("chain")} className="nowrap">
                    {m.chainPosition ? t(`chain.${m.chainPosition}`) : ""}
                  </td>
                  <td data-label={d("output")} className="num nowrap">
                    {formatWan(m.outputValue2022)}
                  </td>
                  <td data-label={d("profitTax")} className="num nowrap">
                    {formatWan(m.profitTax2022)}
                  </td>
                  <td data-label={d("resources")}>
                    <StoredText text={m.resources ?? ""} />
                  </td>
                  <td data-label={d("top10National")} className="nowrap">
                    {m.nationalTop10 ? d("yes") : d("no")}
                  </td>
                  <td data-label={d("top10Provincial")} className="nowrap">
                    {m.provincialTop10 ? d("yes") : d("no")}
                  </td>
                  <td data-label={d("memberConfirm")}>
                    <ConfirmBadge member={m} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{d("unit")}</p>
          <h3 id="s3-academia">{t("alliances.detail.groupHeading", { heading: d("academia"), count: groups.academia.length })}</h3>
          <table className="members members-view" aria-labelledby="s3-academia">
            <thead>
              <tr>
                <th scope="col">{d("orgName")}</th>
                <th scope="col">{d("creditCode")}</th>
                <th scope="col">{d("role")}</th>
                <th scope="col">{d("discipline")}</th>
                <th scope="col">{d("leader")}</th>
                <th scope="col">{d("memberConfirm")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.academia.map((m) => (
                <tr key={m.id} data-testid={`row-${m.organization.creditCode}`}>
                  <td className="c-name">
                    {m.organization.name}
                    <div className="muted small">{t(`orgTypes.${m.organization.type}`)}</div>
                    {memberNote(m.organization.creditCode, m.organization.name)}
                  </td>
                  <td data-label={d("creditCode")}>
                    <code className="nowrap">{m.organization.creditCode}</code>
                  </td>
                  <td data-label={d("role")} className="nowrap">
                    {t(`allianceRoles.${m.role}`)}
                  </td>
                  <td data-label={d("discipline")}>
                    <StoredText text={m.disciplineStrengths ?? ""} />
                  </td>
                  <td data-label={d("leader")}>{m.disciplineLeader}</td>
                  <td data-label={d("memberConfirm")}>
                    <ConfirmBadge member={m} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {groups.others.length > 0 && (
            <>
              {/* Not in the official tables, yet counted in the totals: listed so every member can be read and commented on. */}
              <h3 id="s3-others">{t("alliances.detail.groupHeading", { heading: d("others"), count: groups.others.length })}</h3>
              <table className="members members-view" aria-labelledby="s3-others" data-testid="other-members">
                <thead>
                  <tr>
                    <th scope="col">{d("orgName")}</th>
                    <th scope="col">{d("orgType")}</th>
                    <th scope="col">{d("creditCode")}</th>
                    <th scope="col">{d("role")}</th>
                    <th scope="col">{d("resources")}</th>
                    <th scope="col">{d("memberConfirm")}</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.others.map((m) => (
                    <tr key={m.id} data-testid={`row-${m.organization.creditCode}`}>
                      <td className="c-name">
                        {m.organization.name}
                        {memberNote(m.organization.creditCode, m.organization.name)}
                      </td>
                      <td data-label={d("orgType")} className="nowrap">
                        {t(`orgTypes.${m.organization.type}`)}
                      </td>
                      <td data-label={d("creditCode")}>
                        <code className="nowrap">{m.organization.creditCode}</code>
                      </td>
                      <td data-label={d("role")} className="nowrap">
                        {t(`allianceRoles.${m.role}`)}
                      </td>
                      <td data-label={d("resources")}>
                        <StoredText text={m.resources ?? ""} />
                      </td>
                      <td data-label={d("memberConfirm")}>
                        <ConfirmBadge member={m} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </section>
    </>
  );
}
