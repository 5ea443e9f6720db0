import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findSchemes } from "@/lib/assessment/schemes";
import { formatDate } from "@/components/ui/format";
import { SchemeStatusBadge } from "@/components/assessment/scheme-status-badge";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessSchemes");
  return { title: t("title") };
}

async function AssessmentPage() {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const schemes = await findSchemes(user);
  const t = await getTranslations("assessSchemes");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="actions">
        <Link className="button" href="/assessment/schemes/new">
          {t("new")}
        </Link>
      </p>
      <div className="table-wrap">
        <table>
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.year")}</th>
              <th scope="col">{t("col.name")}</th>
              <th scope="col">{t("col.status")}</th>
              <th scope="col">{t("col.due")}</th>
              <th scope="col">{t("col.progress")}</th>
              <th scope="col">{t("col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {schemes.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  {t("empty")}
                </td>
              </tr>
            )}
            {schemes.map((s) => (
              <tr key={s.id}>
                <td>{s.year}</td>
                <td>
                  <Link href={`/assessment/schemes/${s.id}`}>{s.title}</Link>
                </td>
                <td>
                  <SchemeStatusBadge status={s.status} />
                </td>
                <td className="nowrap">{formatDate(s.reportDue)}</td>
                <td>{s.status === "DRAFT" ? <span className="muted">{t("notPublished")}</span> : `${s.submitted} / ${s.filed}`}</td>
                <td>
                  <Link href={`/assessment/schemes/${s.id}`}>{s.status === "DRAFT" ? t("edit") : t("view")}</Link>
                  {s.status !== "DRAFT" && (
                    <>
                      {t("gap")}
                      <Link href={`/assessment/reports?scheme=${s.id}`}>{t("reports")}</Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default withPageText("app/(portal)/assessment/page.tsx", AssessmentPage);
