import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/ui/site-header";

export const dynamic = "force-dynamic";

// Pages anyone may open without an account: the public notice of filed alliances and certificate checks.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <SiteHeader home="/public/notices">
        <Link className="button secondary" href="/login">
          {t("public.signIn")}
        </Link>
      </SiteHeader>
      <nav className="nav" aria-label={t("public.navLabel")}>
        <ul>
          <li>
            <Link href="/public/notices">{t("public.navNotices")}</Link>
          </li>
          <li>
            <Link href="/public/verify">{t("public.navVerify")}</Link>
          </li>
        </ul>
      </nav>
      <main id="main">{children}</main>
      <footer>
        {t("app.footer")} · {t("app.policy")}
      </footer>
    </>
  );
}
