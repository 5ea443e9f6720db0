import { useId } from "react";
import { currentLocale, text } from "@/lib/i18n/text";

// Simple columns (e.g. review decisions per month), server-rendered SVG, value printed above each column.
export interface ColumnDatum {
  label: string;
  /** A second, smaller line under the label (e.g. the year under 1月). */
  sublabel?: string;
  /** The whole label read out in the chart's description (e.g. 2026年1月); by default sublabel and label. */
  fullLabel?: string;
  value: number;
}

const W = 640;
const TOP = 12;
const PLOT_H = 170;
const BOTTOM = 40;

export function ColumnChart({ title, data, color = "#0b4a8b" }: { title: string; data: ColumnDatum[]; color?: string }) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const slot = (W - 20) / Math.max(data.length, 1);
  const colW = Math.min(36, slot * 0.62);
  const numbers = new Intl.NumberFormat(currentLocale());
  const summary = data.map((d) => `${d.fullLabel ?? `${d.sublabel ?? ""}${d.label}`} ${numbers.format(d.value)}`).join(text("dashboard.chart.separator"));
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
      <line x1={10} x2={W - 10} y1={TOP + PLOT_H} y2={TOP + PLOT_H} stroke="#98a2b3" />
      {data.map((d, i) => {
        const h = (d.value / max) * (PLOT_H - 18);
        const x = 10 + i * slot + (slot - colW) / 2;
        const y = TOP + PLOT_H - h;
        return (
          <g key={`${d.sublabel ?? ""}${d.label}`}>
            <rect x={x} y={y} width={colW} height={h} fill={color} rx="2" />
            <text x={x + colW / 2} y={y - 4} textAnchor="middle" fontSize="12" fill="#1f2933">
              {numbers.format(d.value)}
            </text>
            <text x={x + colW / 2} y={TOP + PLOT_H + 16} textAnchor="middle" fontSize="12" fill="#1f2933">
              {d.label}
            </text>
            {d.sublabel && (
              <text x={x + colW / 2} y={TOP + PLOT_H + 32} textAnchor="middle" fontSize="11" fill="#5b6573">
                {d.sublabel}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
