import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listDivisionsAndOrgs } from "@/lib/users/find-users";
import { CreateUserForm } from "@/components/admin/create-user-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("new") };
}

async function NewUserPage() {
  await requirePageUser(PAGE_ROLES.users);
  const t = await getTranslations("users");
  const options = await listDivisionsAndOrgs();
  return (
    <>
      <p>
        <Link href="/admin/users">← {t("back")}</Link>
      </p>
      <h1>{t("new")}</h1>
      <div className="card">
        <CreateUserForm options={options} />
      </div>
    </>
  );
}

export default withPageText("app/(portal)/admin/users/new/page.tsx", NewUserPage);
