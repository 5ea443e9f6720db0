import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("pages");
  return (
    <main id="main" className="card" style={{ maxWidth: 640, marginTop: 60 }}>
      <h1>{t("notFound")}</h1>
      <p>{t("notFoundText")}</p>
      <Link href="/">{t("backHome")}</Link>
    </main>
  );
}
