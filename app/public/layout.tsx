import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const dynamic = "force-dynamic";

// Pages anyone may open without an account: the public notice of filed alliances and certificate checks.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <a className="skip" href="#main">{t("app.skip")}</a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link className="brand" href="/public/notices">
            <strong>{t("app.title")}</strong>
            <span>{t("app.org")}</span>
          </Link>
          <div className="userbox"><Link className="button secondary" href="/login">登录平台</Link></div>
        </div>
      </header>
      <nav className="nav" aria-label="公开信息">
        <ul>
          <li><Link href="/public/notices">备案公示</Link></li>
          <li><Link href="/public/verify">备案证明核验</Link></li>
        </ul>
      </nav>
      <main id="main">{children}</main>
      <footer>{t("app.footer")} · {t("app.policy")}</footer>
    </>
  );
}
