import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceOrThrow, getLatestRuleReport } from "@/lib/alliances/find-alliances";
import { PolicyPanel } from "@/components/filing/policy-panel";
import { formatDateTime } from "@/components/ui/format";
import { AppError } from "@/lib/errors/app-error";
import { AllianceView } from "@/components/alliances/alliance-view";

export default async function AllianceDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceOrThrow(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("filing");
  const report = await getLatestRuleReport(user, alliance.id);
  const editable = user.roles.includes("ENTERPRISE_FILER") && (alliance.state === "DRAFT" || alliance.state === "RETURNED");
  return (
    <>
      {(await searchParams).submitted === "1" && <p className="alert ok" role="status">{t("submittedOk")}</p>}
      {editable && <p className="no-print"><Link className="button" href={`/alliances/${alliance.id}/edit`}>{t("edit")}</Link></p>}
      <AllianceView alliance={alliance} />
      {report && (
        <section aria-label={t("reportHeading", { version: report.versionNo })}>
          <p className="muted small">{t("reportHeading", { version: report.versionNo })}（{formatDateTime(report.submittedAt)}）</p>
          <PolicyPanel results={report.results} />
        </section>
      )}
    </>
  );
}
