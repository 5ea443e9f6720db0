import type { ReactNode } from "react";

// One 统计分析 section: heading, what it counts (with the policy clause), chart, then its data table(s).
export function DashboardSection({ id, title, note, children }: { id: string; title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-h`} style={{ breakInside: "avoid" }}>
      <h2 id={`${id}-h`}>{title}</h2>
      {note && <p className="muted small">{note}</p>}
      {children}
    </section>
  );
}
