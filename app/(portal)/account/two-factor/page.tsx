import { withPageText } from "@/lib/i18n/page-text";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { ownTotpStatus } from "@/lib/auth/totp-enrollment";
import { formatDate } from "@/components/ui/format";
import { TotpConfirmForm } from "@/components/account/totp-confirm-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

async function TwoFactorPage() {
  const user = await requirePageUser(undefined, { allowMustChange: true });
  const status = await ownTotpStatus(user);
  const t = await getTranslations("twoFactor");
  return (
    <>
      <h1>{t("heading")}</h1>
      {status.state === "NOT_REQUIRED" && (
        <p className="alert info" role="status">
          {t("notRequired")}
        </p>
      )}
      {status.state === "ENABLED" && (
        <p className="alert ok" role="status">
          {t("enabled", { since: formatDate(status.since) })}
        </p>
      )}
      {status.state === "PENDING" && (
        <>
          <p className="alert warn" role="status">
            {t("pending")}
          </p>
          <div className="card stack">
            <h2>{t("step1")}</h2>
            <p>{t("step1Text")}</p>
            <div
              className="totp-qr"
              role="img"
              aria-label={t("qrLabel")}
              dangerouslySetInnerHTML={{ __html: await QRCode.toString(status.uri, { type: "svg", margin: 1, width: 200, errorCorrectionLevel: "M" }) }}
            />
            <p>
              {t("secretLabel")}
              <code data-testid="totp-secret" className="totp-secret">
                {status.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
            <h2>{t("step2")}</h2>
            <TotpConfirmForm />
          </div>
        </>
      )}
    </>
  );
}

export default withPageText("app/(portal)/account/two-factor/page.tsx", TwoFactorPage);
