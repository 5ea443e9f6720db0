import { withPageText } from "@/lib/i18n/page-text";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/ui/language-switch";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("heading") };
}

export const dynamic = "force-dynamic";

const REASONS = ["idle", "logout", "expired", "password"] as const;

async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string; callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations();
  const sp = await searchParams;
  const reason = REASONS.find((r) => r === sp.reason);
  return (
    <div className="login-page">
      {/* The name sits inside the blue band at every height: it was white text centred below a fixed 220 px band. */}
      <header className="login-title">
        <strong>{t("app.title")}</strong>
        <span>{t("app.org")}</span>
        <LanguageSwitch />
      </header>
      <div className="login-body">
        <main className="login-card" id="main">
          <h1>{t("login.heading")}</h1>
          {reason && (
            <p className={reason === "logout" || reason === "password" ? "alert ok" : "alert info"} role="status">
              {t(`login.reasons.${reason}`, { minutes: env().SESSION_IDLE_MINUTES })}
            </p>
          )}
          <LoginForm />
          <p className="muted small">{t("login.notice")}</p>
        </main>
      </div>
    </div>
  );
}

export default withPageText("app/login/page.tsx", LoginPage);
