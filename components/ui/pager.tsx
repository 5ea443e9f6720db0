import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { listHref } from "@/lib/paging/list-params";

// Plain links (no script): first, previous, a window of page numbers, next, last. The current page is
// aria-current="page"; the nav is named so a screen reader can jump to it. `params` are the list's
// valid query parameters (ListState.query), kept on every link.
export function Pager({
  page,
  total,
  pageSize,
  params,
  path = "",
  label,
}: {
  page: number;
  total: number;
  pageSize: number;
  params: Record<string, string | undefined>;
  path?: string;
  label?: string;
}) {
  const t = useTranslations("pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const query = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const href = (p: number) => listHref(path, query, { page: p });
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const window = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return (
    <nav className="pager" aria-label={label ?? t("label")}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("prev")}
        </Link>
      ) : (
        <span className="muted" aria-hidden="true">
          {t("prev")}
        </span>
      )}
      {window[0]! > 1 && (
        <>
          <Link href={href(1)} aria-label={t("pageN", { page: "1" })}>
            1
          </Link>
          {window[0]! > 2 && <span aria-hidden="true">…</span>}
        </>
      )}
      {window.map((p) =>
        p === page ? (
          <span key={p} className="current" aria-current="page" aria-label={t("currentPage", { page: String(p) })}>
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} aria-label={t("pageN", { page: String(p) })}>
            {p}
          </Link>
        ),
      )}
      {window[window.length - 1]! < pages && (
        <>
          {window[window.length - 1]! < pages - 1 && <span aria-hidden="true">…</span>}
          <Link href={href(pages)} aria-label={t("lastPage", { page: String(pages) })}>
            {pages}
          </Link>
        </>
      )}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span className="muted" aria-hidden="true">
          {t("next")}
        </span>
      )}
      <span className="muted small">{t("page", { page: String(page), pages: String(pages) })}</span>
    </nav>
  );
}
