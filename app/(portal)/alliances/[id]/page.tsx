import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
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
import { attachmentName } from "@/lib/filing/upload-attachment";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, null);
}

async function AllianceDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id);
  const t = await getTranslations("filing");
  const tService = await getTranslations("serviceTime");
  const tp = await getTranslations("alliances.detailPage");
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
          {tp.rich("returned", {
            unit: review.returnOpinion.unit,
            at: formatDateTime(review.returnOpinion.at),
            opinion: review.returnOpinion.opinion,
            strong: (c) => <strong>{c}</strong>,
          })}
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
            {tp("confirmations")}
          </Link>
        </p>
      )}
      {review.transitions.length > 0 && (
        // Names only what this filing has, says what it lacks, and carries the queue's overdue mark.
        <div className={`alert ${review.deadline?.overdue ? "warn" : "info"} no-print`} data-testid="review-banner">
          <p style={{ margin: 0 }}>
            {tp.rich("reviewBanner", {
              items: [
                tp("readContent"),
                report ? tp("readReport", { version: report.versionNo }) : "",
                attachments.length > 0 ? tp("readAttachments", { count: attachments.length }) : "",
              ]
                .filter(Boolean)
                .join(t("listSeparator")),
              link: (c) => <a href="#review-h">{c}</a>,
            })}
          </p>
          {(!report || attachments.length === 0) && (
            <p className="small" style={{ margin: "4px 0 0" }}>
              {tp("missing", {
                items: [!report ? tp("noFrozenReport") : "", attachments.length === 0 ? tp("noAttachments") : ""].filter(Boolean).join(t("messageSeparator")),
              })}
            </p>
          )}
          {review.deadline && review.deadline.limitDays !== null && (
            <p className="small" style={{ margin: "4px 0 0" }} data-testid="stage-deadline">
              {review.deadline.overdue && <span className="badge red">{tp("overdue")}</span>}{" "}
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
          <h2 id="diff-h">{tp("diffHeading", { before: review.diff.beforeNo, after: review.diff.afterNo })}</h2>
          <VersionDiff
            diff={review.diff.diff}
            beforeLabel={tp("diffBefore", { version: review.diff.beforeNo })}
            afterLabel={tp("diffAfter", { version: review.diff.afterNo })}
          />
        </section>
      )}
      <AllianceView alliance={alliance} notes={notes} maskContact={!seesFullContact(user, alliance)} />
      {alliance.filing && (
        <section className="card" aria-labelledby="filing-h" data-testid="filing-record">
          <h2 id="filing-h">{tp("filingRecord")}</h2>
          <p>
            {tp.rich("filingLine", {
              number: alliance.filing.number,
              date: formatDate(alliance.filing.filedAt),
              code: alliance.filing.verificationCode,
              num: (c) => <strong data-testid="filing-number">{c}</strong>,
              verify: (c) => <code data-testid="verification-code">{c}</code>,
            })}
          </p>
          <p>
            {tp.rich("noticeLine", {
              start: formatDate(alliance.filing.noticeStartsOn),
              end: formatDate(alliance.filing.noticeEndsOn),
              link: (c) => <Link href={`/public/notices/${alliance.filing!.id}`}>{c}</Link>,
            })}
          </p>
          <CertificateDownloads allianceId={alliance.id} staff={!user.roles.includes("ENTERPRISE_FILER")} />
        </section>
      )}
      <GeneratedDocuments allianceId={alliance.id} />
      {attachments.length > 0 && (
        <section className="card" aria-labelledby="att-h">
          <h2 id="att-h">{t("attachments")}</h2>
          <ul className="plain">
            {attachments.map((a) => (
              <li key={a.id}>
                {tp("attachmentLabel", { title: attachmentName(a) })}
                <a href={`/api/documents/${a.id}`}>{a.fileName}</a>{" "}
                <span className="muted small">{tp("attachmentVersion", { version: a.versionNo, kb: String(Math.ceil(a.byteSize / 1024)) })}</span>
                {Object.hasOwn(COMMENTABLE_FIELDS, `document:${a.kind}`) && notes(`document:${a.kind}`, attachmentName(a))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && (
        <section aria-label={t("reportHeading", { version: report.versionNo })}>
          <p className="muted small">{tp("reportHeadingAt", { version: report.versionNo, at: formatDateTime(report.submittedAt) })}</p>
          <PolicyPanel results={report.results} />
        </section>
      )}
      {review.transitions.length > 0 && <ReviewPanel allianceId={alliance.id} version={alliance.version} transitions={review.transitions} />}
      <section className="card" aria-labelledby="tl-h">
        <h2 id="tl-h">{tp("history")}</h2>
        <Timeline entries={review.timeline} />
      </section>
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/page.tsx", AllianceDetailPage);
