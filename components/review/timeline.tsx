import type { TimelineEntry } from "@/lib/review/timeline";
import { formatDateTime } from "@/components/ui/format";

/** The filing's history, newest last, as an ordered list that prints well. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="muted">暂无办理记录</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{e.title}</strong>
            {e.toState && <span className="muted">　→ {e.toState}</span>}
          </div>
          <div className="muted small">
            {formatDateTime(e.at)}　{e.actor}
          </div>
          {e.opinion && <div className="opinion">意见：{e.opinion}</div>}
          {!e.opinion && e.internal && <div className="muted small">（内部意见，不对申报单位显示）</div>}
        </li>
      ))}
    </ol>
  );
}
