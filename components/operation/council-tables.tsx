// The council page's tables (附件2 第十三条、第十九条, 附件3 第十一条); the page keeps access and layout.
import type { findCouncil } from "@/lib/operation/council";
import type { findCharterVersions } from "@/lib/operation/charter";
import type { findDissolutionVotes } from "@/lib/operation/dissolution";
import { MEMBER_ROLE_LABEL as ROLE_LABEL } from "@/lib/i18n/labels";
import { useTranslations } from "next-intl";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { ConfirmDissolutionButton } from "./confirm-dissolution-button";

type Council = Awaited<ReturnType<typeof findCouncil>>;
type Charter = Awaited<ReturnType<typeof findCharterVersions>>;
type Dissolution = Awaited<ReturnType<typeof findDissolutionVotes>>;

export function CouncilTermsTable({ terms }: { terms: Council["terms"] }) {
  const t = useTranslations("operation.council");
  if (terms.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">{t("termsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("termNo")}</th>
            <th scope="col">{t("startsOn")}</th>
            <th scope="col">{t("endsOn")}</th>
            <th scope="col">{t("electedOn")}</th>
            <th scope="col">{t("seats")}</th>
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id}>
              <td>{t("term", { n: term.termNo })}</td>
              <td className="nowrap">{formatDate(term.startsOn)}</td>
              <td className="nowrap">{formatDate(term.endsOn)}</td>
              <td className="date">{term.electedOn ? formatDate(term.electedOn) : "—"}</td>
              <td className="num">{term.seats}</td>
              <td>{term.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CouncilMembersTable({ members }: { members: Council["councilMembers"] }) {
  const t = useTranslations("operation.council");
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">{t("membersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("index")}</th>
            <th scope="col">{t("orgName")}</th>
            <th scope="col">{t("role")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            <tr key={m.id}>
              <td>{i + 1}</td>
              <td>{m.organization.name}</td>
              <td>{ROLE_LABEL[m.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CharterVersionsTable({ versions }: { versions: Charter["versions"] }) {
  const t = useTranslations("operation.council");
  if (versions.length === 0) return <p className="muted">{t("noCharter")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">{t("charterCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("version")}</th>
            <th scope="col">{t("file")}</th>
            <th scope="col">{t("approved")}</th>
            <th scope="col">{t("changes")}</th>
            <th scope="col">{t("uploaded")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.id}>
              <td>
                {t("versionNo", { n: v.versionNo })}
                {i === 0 && (
                  <>
                    {" "}
                    <span className="badge green">{t("current")}</span>
                  </>
                )}
              </td>
              <td>
                <a href={v.downloadHref}>{v.fileName}</a>
              </td>
              <td>
                {v.approvedOn ? (
                  <>
                    <time>{formatDate(v.approvedOn)}</time>
                    {t("approvedAt")}
                    {v.approvedBy ?? ""}
                  </>
                ) : (
                  <span className="muted">{t("original")}</span>
                )}
              </td>
              <td>{v.note ?? ""}</td>
              <td className="small">
                {v.uploadedBy}
                <br />
                <time>{formatDateTime(v.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DissolutionVotesTable({
  votes,
  canConfirm,
  alliance,
}: {
  votes: Dissolution["votes"];
  canConfirm: boolean;
  alliance: { name: string; version: number };
}) {
  const t = useTranslations("operation.council");
  if (votes.length === 0) return <p className="muted">{t("noVotes")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">{t("votesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("votedOn")}</th>
            <th scope="col">{t("result")}</th>
            <th scope="col">{t("proposal")}</th>
            <th scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.id}>
              <td className="nowrap">{formatDate(v.votedOn)}</td>
              <td>{v.message}</td>
              <td className="small">{v.proposal}</td>
              <td>
                {!v.passed && <span className="badge grey">{t("notPassed")}</span>}
                {v.passed && v.confirmedAt && <span className="badge red">{t("confirmed", { date: formatDate(v.confirmedAt) })}</span>}
                {v.passed && !v.confirmedAt && (
                  <>
                    <span className="badge amber">{t("awaiting")}</span>
                    {canConfirm && (
                      <div>
                        <ConfirmDissolutionButton voteId={v.id} allianceVersion={alliance.version} allianceName={alliance.name} />
                      </div>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
