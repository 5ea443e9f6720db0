import Link from "next/link";
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

export const metadata: Metadata = { title: "考核方案" };

export default async function SchemePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const scheme = await getSchemeOrThrow(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("assessment");
  return (
    <>
      <p className="no-print">
        <Link href="/assessment">← 年度考核</Link>
      </p>
      <h1>
        {scheme.title} <SchemeStatusBadge status={scheme.status} />
      </h1>
      <p className="muted">
        {scheme.year} 年度 · 报告提交截止 {formatDate(scheme.reportDue)} · {t("coverage", { cutoff: scheme.cutoffDay })}
        {scheme.publishedAt && ` · ${formatDateTime(scheme.publishedAt)} 发布`} ·
        依据《实施方案》八（四）：对备案的创新联盟定期进行考核，连续两年考核结果不达标的取消备案资格。
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
          <p className="alert info">方案已发布，指标、权重和等级分数线已冻结，各联盟均按此方案填报和评分。</p>
          <section className="card" aria-labelledby="def-h">
            <h2 id="def-h">考核指标</h2>
            <SchemeView definition={scheme.definition} />
          </section>
          {scheme.status === "PUBLISHED" && <SchemeDueForm key={scheme.version} id={scheme.id} version={scheme.version} dueDay={scheme.dueDay} />}
          {scheme.status === "PUBLISHED" && scheme.reportDue > new Date() && <SchemeRemindCard id={scheme.id} year={scheme.year} />}
          <p>
            <Link href={`/assessment/reports?scheme=${scheme.id}`}>查看各联盟年度报告与评分</Link>
          </p>
        </>
      )}
    </>
  );
}
