import { useId } from "react";
import { currentLocale, text } from "@/lib/i18n/text";

// Horizontal bar chart, server-rendered SVG. Text inherits the page's CJK font; the numbers are printed
// at the end of each bar, and the data table under the chart is the accessible form of the figures.
export interface BarDatum {
  label: string;
  value: number;
}

const LABEL_W = 150;
const BAR_AREA = 420;
const ROW_H = 28;

export function BarChart({
  title,
  data,
  color = "#0b4a8b",
  unit = "",
  valueText,
}: {
  title: string;
  data: BarDatum[];
  color?: string;
  unit?: string;
  /** How a value reads with its unit in the page's language (e.g. 3个); otherwise the number and `unit`. */
  valueText?: (value: number) => string;
}) {
  const id = useId();
  const numbers = new Intl.NumberFormat(currentLocale());
  const show = valueText ?? ((v: number) => `${numbers.format(v)}${unit}`);
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = data.length * ROW_H + 12;
  const summary = data.map((d) => `${d.label} ${show(d.value)}`).join(text("dashboard.chart.separator"));
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${LABEL_W + BAR_AREA + 60} ${height}`}
      width="100%"
      style={{ maxWidth: 640, fontFamily: "inherit" }}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary || text("dashboard.chart.noData")}</desc>
      {data.map((d, i) => {
        const y = 6 + i * ROW_H;
        const w = Math.round((d.value / max) * BAR_AREA);
        return (
          <g key={d.label}>
            <text x={LABEL_W - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#1f2933">
              {d.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={Math.max(w, d.value > 0 ? 2 : 0)} height={ROW_H - 8} fill={color} rx="2" />
            <text x={LABEL_W + w + 6} y={y + 17} fontSize="13" fill="#1f2933">
              {show(d.value)}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_W} x2={LABEL_W} y1={2} y2={height - 4} stroke="#98a2b3" />
    </svg>
  );
}
