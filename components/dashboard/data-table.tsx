import { useFormatter, useTranslations } from "next-intl";
import type { DashboardTable } from "@/lib/dashboard/tables";

// The figures behind a chart, as a captioned table (the accessible form), with export links that carry
// the current filters. The same table definition is what the export route writes.
export function DataTable({ table, exportQuery }: { table: DashboardTable; exportQuery: string }) {
  const t = useTranslations("dashboard");
  const formatter = useFormatter();
  const cell = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "number" ? formatter.number(v) : String(v));
  const href = (format: "xlsx" | "csv") => `/api/dashboard/export?${exportQuery}${exportQuery ? "&" : ""}table=${table.name}&format=${format}`;
  return (
    <>
      <div className="table-wrap">
        <table data-testid={`table-${table.name}`}>
          <caption style={{ captionSide: "top", textAlign: "left", fontWeight: 600, padding: "4px 0 6px" }}>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="muted">
                  {t("chart.noData")}
                </td>
              </tr>
            ) : (
              table.rows.map((r, i) => (
                <tr key={i}>
                  {table.columns.map((c, j) => {
                    const v = c.value(r);
                    return j === 0 ? (
                      <th key={c.header} scope="row" style={{ fontWeight: "normal" }}>
                        {v === null || v === undefined ? "" : String(v)}
                      </th>
                    ) : (
                      <td key={c.header} className="num">
                        {cell(v)}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="actions no-print small">
        {/* The table's name in the link's name (aria-label), not in an off-screen span that read as "导出 Excel ：". */}
        <a href={href("xlsx")} download aria-label={t("export.excelLabel", { title: table.title })}>
          {t("export.excel")}
        </a>
        <a href={href("csv")} download aria-label={t("export.csvLabel", { title: table.title })}>
          {t("export.csv")}
        </a>
      </p>
    </>
  );
}
