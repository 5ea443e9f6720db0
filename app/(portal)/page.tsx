import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getHomeData } from "@/lib/home/get-home-data";
import { HomePanels } from "@/components/home/home-panels";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

async function HomePage() {
  const user = await requirePageUser();
  const t = await getTranslations();
  const data = await getHomeData(user);
  return (
    <>
      <h1>{t("home.welcome", { name: user.displayName })}</h1>
      <p className="muted">{t("home.yourRoles", { roles: user.roles.map((r) => t(`roles.${r}`)).join(t("home.roleSeparator")) })}</p>

      <HomePanels data={data} />
    </>
  );
}

export default withPageText("app/(portal)/page.tsx", HomePage);
