import { withPageText } from "@/lib/i18n/page-text";
import { headers } from "next/headers";
import { verifyCertificate } from "@/lib/public/notices";
import { clientIpOf } from "@/lib/auth/session";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge } from "@/components/public/notice-status";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.verify");
  return { title: t("title") };
}

async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const code = (await searchParams).code?.slice(0, 40) ?? "";
  // Codes are guessable only by brute force: each address gets a limited number of lookups.
  const limited = code ? !(await hitRateLimit("publicVerify", clientIpOf(await headers()) ?? "unknown")).allowed : false;
  const found = code && !limited ? await verifyCertificate(code) : null;
  const t = await getTranslations("public.verify");
  return (
    <>
      <h1>{t("heading")}</h1>
      <form className="card filters" method="get" role="search">
        <div className="field">
          <label htmlFor="code">{t("code")}</label>
          <input id="code" name="code" defaultValue={code} placeholder={t("codePlaceholder")} autoComplete="off" />
        </div>
        <button type="submit">{t("submit")}</button>
      </form>
      {limited && (
        <p className="alert error" role="alert">
          {t("limited")}
        </p>
      )}
      {code && !limited && !found && (
        <p className="alert error" role="alert">
          {t("notFound", { code })}
        </p>
      )}
      {found && (
        <section className="card" aria-labelledby="ok-h" data-testid="verify-result">
          <h2 id="ok-h">
            {found.status === "REVOKED" || found.status === "DISSOLVED" ? t("resultLapsed") : t("resultValid")} <NoticeStatusBadge status={found.status} />
          </h2>
          <table className="kv">
            <tbody>
              <tr>
                <th scope="row">{t("name")}</th>
                <td>{found.alliance.name}</td>
              </tr>
              <tr>
                <th scope="row">{t("lead")}</th>
                <td>{found.alliance.leadOrg.name}</td>
              </tr>
              <tr>
                <th scope="row">{t("number")}</th>
                <td className="filing-no">{found.number}</td>
              </tr>
              <tr>
                <th scope="row">{t("filed")}</th>
                <td className="nowrap">{formatDate(found.filedAt)}</td>
              </tr>
            </tbody>
          </table>
          {found.status === "REVOKED" && <p className="alert warn">{t("revoked")}</p>}
        </section>
      )}
    </>
  );
}

export default withPageText("app/public/verify/page.tsx", VerifyPage);
