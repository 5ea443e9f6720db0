import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getSubmissionPreview } from "@/lib/filing/submission-preview";
import { AllianceView } from "@/components/alliances/alliance-view";
import { PolicyPanel } from "@/components/filing/policy-panel";
import { SubmitFilingButton } from "@/components/filing/submit-filing-button";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("submit"));
}

async function SubmitFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(["ENTERPRISE_FILER"]);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const p = await getSubmissionPreview(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("filing");
  const problems = [
    ...Object.values(p.fieldErrors).flat(),
    ...p.results
      .filter((r) => r.severity === "hard" && r.status === "fail")
      .map((r) => t("ruleProblem", { title: r.title, clause: r.clause, message: r.message })),
  ];
  return (
    <>
      <p className="back-link no-print">
        <Link href={`/alliances/${id}/edit`}>← {t("backToEdit")}</Link>
      </p>
      <h1>{t("submitHeading")}</h1>
      <p className="muted">{t("submitIntro", { version: p.nextVersionNo })}</p>
      {/* One column: 附件1 三 needs the page's whole width (beside the panel it had 770 px for ten columns). */}
      <div>
        <AllianceView alliance={p.view} titleLevel={2} />
        <section className="card" aria-labelledby="att-h">
          <h2 id="att-h">{t("attachments")}</h2>
          <ul>
            {p.attachments.map((a) => (
              <li key={a.version.id}>
                {t("attachmentLabel", { title: a.title })}
                <a href={`/api/documents/${a.version.id}`}>{a.version.fileName}</a>
                {t("versionHash", { version: a.version.versionNo, hash: a.version.sha256.slice(0, 12) })}
              </li>
            ))}
          </ul>
        </section>
        <PolicyPanel results={p.results} />
        {problems.length > 0 && (
          <div className="alert error" role="alert" data-testid="submit-problems">
            {t("cannotSubmit")}
            <ul>
              {problems.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {p.editable && <SubmitFilingButton allianceId={id} version={p.version} disabled={problems.length > 0} />}
      </div>
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/submit/page.tsx", SubmitFilingPage);
