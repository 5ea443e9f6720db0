import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("password");
  return { title: t("heading") };
}

async function PasswordPage() {
  const user = await requirePageUser(undefined, { allowMustChange: true });
  const t = await getTranslations("password");
  return (
    <>
      <h1>{t("heading")}</h1>
      {user.mustChangePassword && (
        <p className="alert warn" role="status">
          {t("mustChange")}
        </p>
      )}
      <div className="card">
        <ChangePasswordForm />
      </div>
    </>
  );
}

export default withPageText("app/(portal)/account/password/page.tsx", PasswordPage);
