import Link from "next/link";
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
  label = "分页",
}: {
  page: number;
  total: number;
  pageSize: number;
  params: Record<string, string | undefined>;
  path?: string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const query = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const href = (p: number) => listHref(path, query, { page: p });
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const window = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          上一页
        </Link>
      ) : (
        <span className="muted" aria-hidden="true">
          上一页
        </span>
      )}
      {window[0]! > 1 && (
        <>
          <Link href={href(1)} aria-label="第 1 页">
            1
          </Link>
          {window[0]! > 2 && <span aria-hidden="true">…</span>}
        </>
      )}
      {window.map((p) =>
        p === page ? (
          <span key={p} className="current" aria-current="page" aria-label={`第 ${p} 页，当前页`}>
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} aria-label={`第 ${p} 页`}>
            {p}
          </Link>
        ),
      )}
      {window[window.length - 1]! < pages && (
        <>
          {window[window.length - 1]! < pages - 1 && <span aria-hidden="true">…</span>}
          <Link href={href(pages)} aria-label={`第 ${pages} 页，最后一页`}>
            {pages}
          </Link>
        </>
      )}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          下一页
        </Link>
      ) : (
        <span className="muted" aria-hidden="true">
          下一页
        </span>
      )}
      <span className="muted small">
        第 {page} / {pages} 页
      </span>
    </nav>
  );
}
