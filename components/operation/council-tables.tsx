// The council page's tables (附件2 第十三条、第十九条, 附件3 第十一条); the page keeps access and layout.
import type { findCouncil } from "@/lib/operation/council";
import type { findCharterVersions } from "@/lib/operation/charter";
import type { findDissolutionVotes } from "@/lib/operation/dissolution";
import { MEMBER_ROLE_LABEL as ROLE_LABEL } from "@/lib/i18n/labels";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { ConfirmDissolutionButton } from "./confirm-dissolution-button";

type Council = Awaited<ReturnType<typeof findCouncil>>;
type Charter = Awaited<ReturnType<typeof findCharterVersions>>;
type Dissolution = Awaited<ReturnType<typeof findDissolutionVotes>>;

export function CouncilTermsTable({ terms }: { terms: Council["terms"] }) {
  if (terms.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">历届理事会任期</caption>
        <thead>
          <tr>
            <th scope="col">届次</th>
            <th scope="col">任期起始</th>
            <th scope="col">任期届满</th>
            <th scope="col">换届选举日期</th>
            <th scope="col">席位数</th>
            <th scope="col">备注</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id}>
              <td>第 {t.termNo} 届</td>
              <td className="nowrap">{formatDate(t.startsOn)}</td>
              <td className="nowrap">{formatDate(t.endsOn)}</td>
              <td className="date">{t.electedOn ? formatDate(t.electedOn) : "—"}</td>
              <td className="num">{t.seats}</td>
              <td>{t.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CouncilMembersTable({ members }: { members: Council["councilMembers"] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">当前理事会成员单位</caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">单位名称</th>
            <th scope="col">理事会职务</th>
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
  if (versions.length === 0) return <p className="muted">尚无章程文件。</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">章程各版本（最新在前）</caption>
        <thead>
          <tr>
            <th scope="col">版本</th>
            <th scope="col">文件</th>
            <th scope="col">成员大会通过</th>
            <th scope="col">修改说明</th>
            <th scope="col">上传</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.id}>
              <td>
                第 {v.versionNo} 版
                {i === 0 && (
                  <>
                    {" "}
                    <span className="badge green">现行</span>
                  </>
                )}
              </td>
              <td>
                <a href={v.downloadHref}>{v.fileName}</a>
              </td>
              <td>
                {v.approvedOn ? (
                  <>
                    <time>{formatDate(v.approvedOn)}</time>，{v.approvedBy ?? ""}
                  </>
                ) : (
                  <span className="muted">申报时提交（组建时章程）</span>
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
  if (votes.length === 0) return <p className="muted">尚无解散表决记录。</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">解散表决记录</caption>
        <thead>
          <tr>
            <th scope="col">表决日期</th>
            <th scope="col">表决结果</th>
            <th scope="col">议案</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.id}>
              <td className="nowrap">{formatDate(v.votedOn)}</td>
              <td>{v.message}</td>
              <td className="small">{v.proposal}</td>
              <td>
                {!v.passed && <span className="badge grey">未通过</span>}
                {v.passed && v.confirmedAt && <span className="badge red">已确认解散（{formatDate(v.confirmedAt)}）</span>}
                {v.passed && !v.confirmedAt && (
                  <>
                    <span className="badge amber">已通过，待服务中心确认</span>
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
