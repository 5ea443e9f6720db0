import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { env } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_MIN_CLASSES } from "@/lib/auth/password-policy";
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/sign-in";
import { getSecurityOverview } from "@/lib/users/security-overview";
import { formatDateTime } from "@/components/ui/format";
import { AUDIT_RETENTION_MAX_DAYS, AUDIT_RETENTION_MIN_DAYS, getSecuritySettings } from "@/lib/settings/security-settings";
import { RetentionForm } from "@/components/security/retention-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("security");
  return { title: t("heading") };
}

async function SecurityPage() {
  const user = await requirePageUser(PAGE_ROLES.security);
  const t = await getTranslations("security");
  const { locked, failed } = await getSecurityOverview(user);
  const securitySettings = await getSecuritySettings();
  return (
    <>
      <h1>{t("heading")}</h1>
      <section className="card">
        <h2>{t("policy")}</h2>
        <ul>
          <li>{t("passwordPolicy", { min: PASSWORD_MIN, max: PASSWORD_MAX, classes: PASSWORD_MIN_CLASSES })}</li>
          <li>{t("lockoutPolicy", { max: MAX_FAILED_LOGINS, minutes: LOCK_MINUTES })}</li>
          <li>{t("idlePolicy", { minutes: env().SESSION_IDLE_MINUTES })}</li>
          <li>{t("auditPolicy")}</li>
        </ul>
        <p className="muted small">{t("clause")}</p>
      </section>
      <section className="card" aria-labelledby="retention-h">
        <h2 id="retention-h">{t("retentionHeading")}</h2>
        <p className="muted small">{t("retentionText", { min: AUDIT_RETENTION_MIN_DAYS })}</p>
        <RetentionForm values={securitySettings} min={AUDIT_RETENTION_MIN_DAYS} max={AUDIT_RETENTION_MAX_DAYS} />
      </section>
      <section className="card">
        <h2>{t("lockedAccounts")}</h2>
        {locked.length === 0 ? (
          <p className="muted">{t("noLocked")}</p>
        ) : (
          <ul>
            {locked.map((u) => (
              <li key={u.id}>{t("lockedUntil", { name: u.displayName, username: u.username, until: formatDateTime(u.lockedUntil) })}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t("failedLogins")}</h2>
        {failed.length === 0 ? (
          <p className="muted">{t("noFailed")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("username")}</th>
                <th scope="col" className="num">
                  {t("failedCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {failed.map((f) => (
                <tr key={f.actorName}>
                  <td>{f.actorName}</td>
                  <td className="num">{f.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

export default withPageText("app/(portal)/security/page.tsx", SecurityPage);
