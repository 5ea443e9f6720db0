import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { getUserOrThrow, listDivisionsAndOrgs } from "@/lib/users/find-users";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { requiresTotp } from "@/lib/auth/totp";
import { UserSecurityActions } from "@/components/admin/user-security-actions";
import { formatDateTime } from "@/components/ui/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("editTitle") };
}

async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePageUser(PAGE_ROLES.users);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const user = await getUserOrThrow(admin, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("users");
  const options = await listDivisionsAndOrgs();
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  return (
    <>
      <p>
        <Link href="/admin/users">← {t("back")}</Link>
      </p>
      <h1>{t("nameWithUsername", { name: user.displayName, username: user.username })}</h1>
      {locked && <p className="alert warn">{t("locked", { until: formatDateTime(user.lockedUntil) })}</p>}
      <div className="card">
        <EditUserForm
          options={options}
          username={user.username}
          initial={{
            id: user.id,
            version: user.version,
            displayName: user.displayName,
            roles: user.roles,
            divisionId: user.divisionId,
            organizationId: user.organizationId,
            phone: user.phone ?? "",
            email: user.email ?? "",
            active: user.active,
          }}
        />
      </div>
      <div className="card">
        <p className="muted">
          {user.totpEnabledAt
            ? t("twoFactorEnabled", { at: formatDateTime(user.totpEnabledAt) })
            : requiresTotp(user.roles)
              ? t("twoFactorPending")
              : t("twoFactorNotNeeded")}
        </p>
        <UserSecurityActions userId={user.id} locked={Boolean(locked)} totpEnabled={Boolean(user.totpEnabledAt)} />
      </div>
    </>
  );
}

export default withPageText("app/(portal)/admin/users/[id]/page.tsx", EditUserPage);
