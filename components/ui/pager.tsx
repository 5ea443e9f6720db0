import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pager({ page, total, pageSize, params }: { page: number; total: number; pageSize: number; params: Record<string, string | undefined> }) {
  const t = await getTranslations("pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `?${q.toString()}`;
  };
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t("page", { page, pages })}>
      {page > 1 && <Link href={href(page - 1)}>{t("prev")}</Link>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
