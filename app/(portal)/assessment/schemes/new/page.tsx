import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getSchemeTemplate } from "@/lib/assessment/schemes";
import { SchemeEditor } from "@/components/assessment/scheme-editor";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessScheme");
  return { title: t("newTitle") };
}

async function NewSchemePage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const from = (await searchParams).from === "default" ? "default" : "previous";
  const tpl = await getSchemeTemplate(user, from);
  const t = await getTranslations("assessScheme");
  return (
    <>
      <p className="no-print">
        <Link href="/assessment">{t("back")}</Link>
      </p>
      <h1>{t("newHeading", { year: String(tpl.year) })}</h1>
      <p className="muted">
        {tpl.copiedFrom ? t("introCopied", { year: String(tpl.copiedFrom) }) : t("introReference")}
        {tpl.hasPrevious &&
          (from === "previous" ? (
            <Link href="/assessment/schemes/new?from=default">{t("useReference")}</Link>
          ) : (
            <Link href="/assessment/schemes/new">{t("usePrevious")}</Link>
          ))}
      </p>
      <SchemeEditor
        key={from}
        initial={{
          year: tpl.year,
          // The scheme's official title, stored as the alliances see it. i18n-data
          title: `${tpl.year}年度吉林省重点产业科技创新联盟考核方案`,
          reportDue: `${tpl.year + 1}-03-31`,
          coverageCutoff: "",
          ...tpl.definition,
        }}
      />
    </>
  );
}

export default withPageText("app/(portal)/assessment/schemes/new/page.tsx", NewSchemePage);
