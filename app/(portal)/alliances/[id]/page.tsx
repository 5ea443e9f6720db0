import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getLatestRuleReport } from "@/lib/alliances/find-alliances";
import { getAllianceForPage, hasOperation } from "@/lib/alliances/page-alliance";
import { findAttachments, getReviewPageData } from "@/lib/review/page-data";
import { PolicyPanel } from "@/components/filing/policy-panel";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { AllianceView } from "@/components/alliances/alliance-view";
import { ReviewPanel } from "@/components/review/review-panel";
import { FieldNotes } from "@/components/review/field-notes";
import { Timeline } from "@/components/review/timeline";
import { VersionDiff } from "@/components/review/version-diff";
import { COMMENTABLE_FIELDS } from "@/lib/review/comment-paths";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { seesFullContact } from "@/lib/privacy/full-contact";
import { CertificateDownloads, GeneratedDocuments } from "@/components/documents/alliance-documents";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canEditFiling, canIssueConfirmations } from "@/lib/authz/alliance-abilities";
import { findRefiling } from "@/lib/filing/refile";
import { RefilePanel } from "@/components/filing/refile-panel";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, null);
}

export default async function AllianceDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id);
  const t = await getTranslations("filing");
  const tService = await getTranslations("serviceTime");
  const [report, review, attachments, refiling] = await Promise.all([
    getLatestRuleReport(user, alliance.id),
    getReviewPageData(user, alliance),
    findAttachments(user, alliance.id),
    findRefiling(user, alliance),
  ]);
  const editable = canEditFiling(user, alliance);
  const notes = (path: string, label: string) => {
    const mine = review.comments.filter((c) => c.fieldPath === path);
    return <FieldNotes allianceId={alliance.id} path={path} label={label} notes={mine} commentable={review.commentable} />;
  };
  return (
    <>
      {hasOperation(alliance.state) && <OperationTabs allianceId={alliance.id} current="" />}
      {(await searchParams).submitted === "1" && (
        <p className="alert ok" role="status">
          {t("submittedOk")}
        </p>
      )}
      <RefilePanel refiling={refiling} allianceId={alliance.id} />
      {review.returnOpinion && (
        <div className="alert warn" role="status" data-testid="return-opinion">
          <strong>申报已被退回修改</strong>（{review.returnOpinion.unit}，{formatDateTime(review.returnOpinion.at)}）：{review.returnOpinion.opinion}
        </div>
      )}
      {editable && (
        <p className="no-print">
          <Link className="button" href={`/alliances/${alliance.id}/edit`}>
            {t("edit")}
          </Link>
        </p>
      )}
      {canIssueConfirmations(user, alliance) && (
        <p className="no-print">
          <Link className="button secondary" href={`/alliances/${alliance.id}/confirmations`}>
            成员确认
          </Link>
        </p>
      )}
      {review.transitions.length > 0 && (
        // Names only what this filing has, says what it lacks, and carries the queue's overdue mark.
        <div className={`alert ${review.deadline?.overdue ? "warn" : "info"} no-print`} data-testid="review-banner">
          <p style={{ margin: 0 }}>
            此申报待您办理：请阅读
            {["申报内容", report ? `第 ${report.versionNo} 版提交时的政策符合性检查结果` : "", attachments.length > 0 ? `附件（${attachments.length} 份）` : ""]
              .filter(Boolean)
              .join("、")}
            后，在页面下方<a href="#review-h">填写审核意见并作出决定</a>。
          </p>
          {(!report || attachments.length === 0) && (
            <p className="small" style={{ margin: "4px 0 0" }}>
              {[!report ? "本申报没有提交时冻结的政策符合性检查结果" : "", attachments.length === 0 ? "未上传任何附件" : ""].filter(Boolean).join("；")}。
            </p>
          )}
          {review.deadline && review.deadline.limitDays !== null && (
            <p className="small" style={{ margin: "4px 0 0" }} data-testid="stage-deadline">
              {review.deadline.overdue && <span className="badge red">已超期</span>}{" "}
              {tService(review.deadline.overdue ? "overdue" : "waited", {
                days: review.deadline.workingDays,
                limit: review.deadline.limitDays,
                due: review.deadline.dueOn ?? "",
              })}
            </p>
          )}
        </div>
      )}
      {review.diff && (
        <section className="card" aria-labelledby="diff-h">
          <h2 id="diff-h">
            退回后修改情况：第 {review.diff.beforeNo} 版与第 {review.diff.afterNo} 版对比
          </h2>
          <VersionDiff
            diff={review.diff.diff}
            beforeLabel={`第 ${review.diff.beforeNo} 版（退回时）`}
            afterLabel={`第 ${review.diff.afterNo} 版（本次提交）`}
          />
        </section>
      )}
      <AllianceView alliance={alliance} notes={notes} maskContact={!seesFullContact(user, alliance)} />
      {alliance.filing && (
        <section className="card" aria-labelledby="filing-h" data-testid="filing-record">
          <h2 id="filing-h">备案信息</h2>
          <p>
            备案编号：<strong data-testid="filing-number">{alliance.filing.number}</strong>　备案日期：{formatDate(alliance.filing.filedAt)}　证明验证码：
            <code data-testid="verification-code">{alliance.filing.verificationCode}</code>
          </p>
          <p>
            公示期：{formatDate(alliance.filing.noticeStartsOn)} 至 {formatDate(alliance.filing.noticeEndsOn)}　
            <Link href={`/public/notices/${alliance.filing.id}`}>查看公示</Link>
          </p>
          <CertificateDownloads allianceId={alliance.id} staff={!user.roles.includes("ENTERPRISE_FILER")} />
        </section>
      )}
      <GeneratedDocuments allianceId={alliance.id} />
      {attachments.length > 0 && (
        <section className="card" aria-labelledby="att-h">
          <h2 id="att-h">附件</h2>
          <ul className="plain">
            {attachments.map((a) => (
              <li key={a.id}>
                {a.title}：<a href={`/api/documents/${a.id}`}>{a.fileName}</a>{" "}
                <span className="muted small">
                  （第 {a.versionNo} 版，{Math.ceil(a.byteSize / 1024)} KB）
                </span>
                {Object.hasOwn(COMMENTABLE_FIELDS, `document:${a.kind}`) && notes(`document:${a.kind}`, a.title)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && (
        <section aria-label={t("reportHeading", { version: report.versionNo })}>
          <p className="muted small">
            {t("reportHeading", { version: report.versionNo })}（{formatDateTime(report.submittedAt)}）
          </p>
          <PolicyPanel results={report.results} />
        </section>
      )}
      {review.transitions.length > 0 && <ReviewPanel allianceId={alliance.id} version={alliance.version} transitions={review.transitions} />}
      <section className="card" aria-labelledby="tl-h">
        <h2 id="tl-h">办理记录</h2>
        <Timeline entries={review.timeline} />
      </section>
    </>
  );
}
