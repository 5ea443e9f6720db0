import Link from "next/link";
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
          登录平台
        </Link>
      </SiteHeader>
      <nav className="nav" aria-label="公开信息">
        <ul>
          <li>
            <Link href="/public/notices">备案公示</Link>
          </li>
          <li>
            <Link href="/public/verify">备案证明核验</Link>
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
