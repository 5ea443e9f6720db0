import { useTranslations } from "next-intl";
import type { MemberHistory } from "@/lib/membership/find-history";
import { formatDate } from "@/components/ui/format";
import { CHAIN_LABEL, CHANGE_STATUS_BADGE, CHANGE_STATUS_LABEL, KIND_LABEL, ORG_TYPE_LABEL, ROLE_LABEL } from "./labels";
import { RuleWarnings } from "./rule-warnings";
import { ExitForm } from "./exit-form";
import { DecideForm } from "./decide-form";

type Member = MemberHistory["current"][number];
type Change = MemberHistory["changes"][number];

/** Current members; the filer may start an exit for any unit except the lead unit (附件2 第十三条（二）). */
export function CurrentMembers({
  members,
  leadOrgId,
  allianceId,
  canRequest,
  pendingOrgIds,
}: {
  members: Member[];
  leadOrgId: string;
  allianceId: string;
  canRequest: boolean;
  pendingOrgIds: string[];
}) {
  return (
    <div className="table-wrap">
      <table data-testid="current-members">
        <caption>现有成员单位 {members.length} 家</caption>
        <thead>
          <tr>
            <th scope="col">单位名称</th>
            <th scope="col">类型</th>
            <th scope="col">联盟职务</th>
            <th scope="col">产业链位置</th>
            <th scope="col">加入日期</th>
            {canRequest && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                {m.organization.name}
                {m.organizationId === leadOrgId && (
                  <>
                    {" "}
                    <span className="badge blue">牵头单位</span>
                  </>
                )}
              </td>
              <td>{ORG_TYPE_LABEL[m.organization.type]}</td>
              <td>{ROLE_LABEL[m.role]}</td>
              <td>{m.chainPosition ? CHAIN_LABEL[m.chainPosition] : "—"}</td>
              <td className="nowrap">{formatDate(m.joinedOn)}</td>
              {canRequest && (
                <td>
                  {m.organizationId === leadOrgId || m.role === "CHAIR" ? (
                    <span className="muted small">牵头单位不能退出（附件2 第十三条（二））</span>
                  ) : pendingOrgIds.includes(m.organizationId) ? (
                    <span className="muted small">已有待决定的申请</span>
                  ) : (
                    <ExitForm allianceId={allianceId} membershipId={m.id} name={m.organization.name} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Changes with their council decision and the rule results of the list after the change. A pending change's check is
 * of today's list with this change alone, and beside it all pending changes together (issue 17).
 */
export function ChangeList({ changes, caption, canDecide, testId }: { changes: Change[]; caption: string; canDecide: boolean; testId: string }) {
  const t = useTranslations("membership");
  if (changes.length === 0) return <p className="muted">{caption}：暂无。</p>;
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">变更</th>
            <th scope="col">申请日期与理由</th>
            <th scope="col">状态与理事会决定</th>
            <th scope="col">变更后组建条件</th>
            {canDecide && <th scope="col">登记决定</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const name = c.organization?.name ?? "（未知单位）";
            return (
              <tr key={c.id}>
                <td>{name}</td>
                <td>{KIND_LABEL[c.kind]}</td>
                <td>
                  <span className="nowrap">{formatDate(c.createdAt)}</span>
                  <br />
                  <span className="small">{c.reason}</span>
                </td>
                <td>
                  <span className={`badge ${CHANGE_STATUS_BADGE[c.status]}`}>{CHANGE_STATUS_LABEL[c.status]}</span>
                  {c.councilApprovedOn && (
                    <div className="small">
                      <time>{formatDate(c.councilApprovedOn)}</time>　{c.councilResolution}
                    </div>
                  )}
                  {c.flagged && !c.acknowledgedAt && (
                    <div>
                      <span className="badge red">已提示服务中心</span>
                    </div>
                  )}
                  {c.acknowledgedAt && (
                    <div className="muted small">
                      服务中心已知悉（<time>{formatDate(c.acknowledgedAt)}</time>）
                    </div>
                  )}
                </td>
                <td>
                  {c.status === "PENDING" && <div className="muted small">{t("aloneNow")}</div>}
                  <RuleWarnings results={c.rules} />
                  {c.combined && (
                    <div className="small" data-testid="combined-check">
                      <div className="muted">{t("combined", { others: c.combined.others })}</div>
                      <RuleWarnings results={c.combined.results} />
                    </div>
                  )}
                </td>
                {canDecide && <td>{c.status === "PENDING" && <DecideForm changeId={c.id} version={c.version} label={name} />}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function FormerMembers({ members }: { members: Member[] }) {
  if (members.length === 0) return <p className="muted">暂无退出的成员单位。</p>;
  return (
    <div className="table-wrap">
      <table data-testid="former-members">
        <caption>已退出的成员单位 {members.length} 家</caption>
        <thead>
          <tr>
            <th scope="col">单位名称</th>
            <th scope="col">类型</th>
            <th scope="col">原联盟职务</th>
            <th scope="col">加入日期</th>
            <th scope="col">退出日期</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.organization.name}</td>
              <td>{ORG_TYPE_LABEL[m.organization.type]}</td>
              <td>{ROLE_LABEL[m.role]}</td>
              <td className="nowrap">{formatDate(m.joinedOn)}</td>
              <td className="nowrap">{formatDate(m.leftOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
