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
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const notes = Object.entries(problems);
  return (
    <>
      {notes.length > 0 && (
        <div className="alert warn small" role="status" data-testid="param-problems">
          地址中的查询条件有误：{notes.map(([, m]) => m).join("；")}。
        </div>
      )}
      <p className="muted" data-testid="list-total">
        <span>
          共 {total} {unit}
        </span>
        {total > pageSize && (
          <span>
            ，当前显示第 {first}–{last} {unit}
          </span>
        )}
      </p>
    </>
  );
}
