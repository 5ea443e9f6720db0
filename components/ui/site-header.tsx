import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";

/** The blue bar with the portal's name, shared by the signed-in portal and the public pages. */
export async function SiteHeader({ home, children }: { home: string; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link className="brand" href={home}>
            <strong>{t("app.title")}</strong>
            <span>{t("app.org")}</span>
          </Link>
          <div className="userbox">
            <LanguageSwitch />
            {children}
          </div>
        </div>
      </header>
    </>
  );
}
