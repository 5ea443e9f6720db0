import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/http/authed-route";
import { getSchemeOrThrow } from "@/lib/assessment/schemes";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { SchemeEditor } from "@/components/assessment/scheme-editor";
import { SchemeDueForm, SchemePublish } from "@/components/assessment/scheme-publish";
import { SchemeStatusBadge } from "@/components/assessment/scheme-status-badge";
import { SchemeView } from "@/components/assessment/scheme-view";
import { SchemeDeleteCard, SchemeRemindCard } from "@/components/assessment/scheme-corrections";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessScheme");
  return { title: t("title") };
}

async function SchemePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const scheme = await getSchemeOrThrow(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("assessment");
  const ts = await getTranslations("assessScheme");
  return (
    <>
      <p className="no-print">
        <Link href="/assessment">{ts("back")}</Link>
      </p>
      <h1>
        {scheme.title} <SchemeStatusBadge status={scheme.status} />
      </h1>
      <p className="muted">
        {ts("meta", { year: String(scheme.year), due: formatDate(scheme.reportDue) })}
        {t("coverage", { cutoff: scheme.cutoffDay })}
        {scheme.publishedAt && ts("publishedAt", { at: formatDateTime(scheme.publishedAt) })}
        {ts("basis")}
      </p>
      {scheme.status === "DRAFT" ? (
        <>
          <SchemeEditor
            key={scheme.version}
            saved={{ id: scheme.id, version: scheme.version }}
            initial={{
              year: scheme.year,
              title: scheme.title,
              reportDue: scheme.dueDay,
              coverageCutoff: scheme.coverageCutoff ? scheme.cutoffDay : "",
              ...scheme.definition,
            }}
          />
          <SchemePublish id={scheme.id} version={scheme.version} year={scheme.year} dueDay={scheme.dueDay} />
          <SchemeDeleteCard id={scheme.id} version={scheme.version} year={scheme.year} title={scheme.title} />
        </>
      ) : (
        <>
          <p className="alert info">{ts("frozen")}</p>
          <section className="card" aria-labelledby="def-h">
            <h2 id="def-h">{ts("indicators")}</h2>
            <SchemeView definition={scheme.definition} />
          </section>
          {scheme.status === "PUBLISHED" && <SchemeDueForm key={scheme.version} id={scheme.id} version={scheme.version} dueDay={scheme.dueDay} />}
          {scheme.status === "PUBLISHED" && scheme.reportDue > new Date() && <SchemeRemindCard id={scheme.id} year={scheme.year} />}
          <p>
            <Link href={`/assessment/reports?scheme=${scheme.id}`}>{ts("reportsLink")}</Link>
          </p>
        </>
      )}
    </>
  );
}

export default withPageText("app/(portal)/assessment/schemes/[id]/page.tsx", SchemePage);
