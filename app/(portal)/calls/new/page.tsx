import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { listCallableIndustries } from "@/lib/alliances/list-industries";
import { CallForm } from "@/components/calls/call-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls");
  return { title: t("new") };
}

async function NewCallPage() {
  const user = await requirePageUser(["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"]);
  const t = await getTranslations("calls");
  // The server checks ownership again when the call is opened.
  const owned = await listCallableIndustries(user);
  return (
    <>
      <p>
        <Link href="/calls">← {t("back")}</Link>
      </p>
      <h1>{t("new")}</h1>
      <div className="card">
        <CallForm industries={owned.map((i) => ({ code: i.code, name: i.name }))} />
      </div>
    </>
  );
}

export default withPageText("app/(portal)/calls/new/page.tsx", NewCallPage);
