import type { TimelineEntry } from "@/lib/review/timeline";
import { formatDateTime } from "@/components/ui/format";
import { text } from "@/lib/i18n/text";

/** The filing's history, newest last, as an ordered list that prints well. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="muted">{text("review.timeline.empty")}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{e.title}</strong>
            {e.toState && <span className="muted">{text("review.timeline.toState", { state: e.toState })}</span>}
          </div>
          <div className="muted small">{text("review.timeline.atBy", { time: formatDateTime(e.at), actor: e.actor })}</div>
          {e.opinion && <div className="opinion">{text("review.timeline.opinion", { opinion: e.opinion })}</div>}
          {!e.opinion && e.internal && <div className="muted small">{text("review.timeline.internal")}</div>}
        </li>
      ))}
    </ol>
  );
}
