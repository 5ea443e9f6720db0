import { useId } from "react";
import { currentLocale, text } from "@/lib/i18n/text";

// Stacked columns (e.g. 优秀/良好/合格/不合格 per assessment year), server-rendered SVG with a legend,
// each segment's count printed inside it when there is room and the column total on top.
export interface Series {
  key: string;
  label: string;
  color: string;
  /** Text colour on the segment, chosen for contrast with `color`. */
  ink: string;
  values: number[];
}

const W = 640;
const TOP = 40;
const PLOT_H = 200;
const BOTTOM = 28;

export function StackedColumnChart({ title, categories, series }: { title: string; categories: string[]; series: Series[] }) {
  const id = useId();
  const totals = categories.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const slot = (W - 40) / Math.max(categories.length, 1);
  const colW = Math.min(56, slot * 0.6);
  const numbers = new Intl.NumberFormat(currentLocale());
  const summary = categories
    .map((c, i) =>
      text("dashboard.chart.category", {
        category: c,
        values: series
          .map((s) => text("dashboard.chart.seriesValue", { label: s.label, value: numbers.format(s.values[i] ?? 0) }))
          .join(text("dashboard.chart.seriesSeparator")),
      }),
    )
    .join(text("dashboard.chart.categorySeparator"));
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${TOP + PLOT_H + BOTTOM}`}
      width="100%"
      style={{ maxWidth: W, fontFamily: "inherit" }}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary || text("dashboard.chart.noData")}</desc>
      {series.map((s, i) => (
        <g key={s.key}>
          <rect x={20 + i * 90} y={8} width={12} height={12} fill={s.color} />
          <text x={36 + i * 90} y={19} fontSize="13" fill="#1f2933">
            {s.label}
          </text>
        </g>
      ))}
      <line x1={20} x2={W - 20} y1={TOP + PLOT_H} y2={TOP + PLOT_H} stroke="#98a2b3" />
      {categories.map((c, i) => {
        const x = 20 + i * slot + (slot - colW) / 2;
        let y = TOP + PLOT_H;
        return (
          <g key={c}>
            {series.map((s) => {
              const v = s.values[i] ?? 0;
              const h = (v / max) * (PLOT_H - 16);
              y -= h;
              return v > 0 ? (
                <g key={s.key}>
                  <rect x={x} y={y} width={colW} height={h} fill={s.color} />
                  {h >= 15 && (
                    <text x={x + colW / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize="12" fill={s.ink}>
                      {numbers.format(v)}
                    </text>
                  )}
                </g>
              ) : null;
            })}
            <text x={x + colW / 2} y={y - 4} textAnchor="middle" fontSize="13" fontWeight="600" fill="#1f2933">
              {numbers.format(totals[i] ?? 0)}
            </text>
            <text x={x + colW / 2} y={TOP + PLOT_H + 18} textAnchor="middle" fontSize="13" fill="#1f2933">
              {c}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
