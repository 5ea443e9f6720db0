import { useTranslations } from "next-intl";

// Under a list's filters: the true total of the filtered list, where this page sits in it, and why a
// parameter of the address was ignored (a bad or forged link still shows a list, and says so).
export function ListStatus({
  total,
  page,
  pageSize,
  unit,
  problems,
}: {
  total: number;
  page: number;
  pageSize: number;
  unit: string;
  problems: Record<string, string>;
}) {
  const t = useTranslations("ui");
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const notes = Object.entries(problems);
  return (
    <>
      {notes.length > 0 && (
        <div className="alert warn small" role="status" data-testid="param-problems">
          {t("paramProblems", { notes: notes.map(([, m]) => m).join(t("fieldErrorSeparator")) })}
        </div>
      )}
      <p className="muted" data-testid="list-total">
        <span>{t("total", { total: String(total), unit })}</span>
        {total > pageSize && <span>{t("showing", { first: String(first), last: String(last), unit })}</span>}
      </p>
    </>
  );
}
