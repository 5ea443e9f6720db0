import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages");
  return { title: t("forbidden") };
}

async function Forbidden() {
  const t = await getTranslations("pages");
  return (
    <main id="main" className="card" style={{ maxWidth: 640, marginTop: 60 }}>
      <h1>{t("forbidden")}</h1>
      <p>{t("forbiddenText")}</p>
      <Link href="/">{t("backHome")}</Link>
    </main>
  );
}

export default withPageText("app/forbidden/page.tsx", Forbidden);
