import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { listHref, type SortDir } from "@/lib/paging/list-params";

// A sortable column header: a plain link that sorts by this column (again: the other way), back to page 1.
// aria-sort tells a screen reader which column orders the table and how.
export function SortHeader({
  label,
  sortKey,
  list,
  path = "",
  className,
}: {
  label: string;
  sortKey: string;
  list: { sort: string; dir: SortDir; query: Record<string, string> };
  path?: string;
  className?: string;
}) {
  const t = useTranslations("ui");
  const active = list.sort === sortKey;
  const next: SortDir = active ? (list.dir === "asc" ? "desc" : "asc") : "asc";
  const href = listHref(path, list.query, { sort: sortKey, dir: next, page: undefined });
  return (
    <th scope="col" className={className} aria-sort={active ? (list.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={href} className="sort-link" title={t("sortBy", { label, dir: next })}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (list.dir === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
      </Link>
    </th>
  );
}
