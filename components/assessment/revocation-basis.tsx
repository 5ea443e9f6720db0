import Link from "next/link";
import type { Grade } from "@/lib/db/generated/enums";
import { ScoreGradeBadge } from "./score-grade-badge";

export interface BasisItem {
  id: string;
  year: number;
  score: string;
  grade: Grade;
  comment: string;
  reportId: string | null;
}

/** The assessments a revocation rests on, each linked to its scored report, so the decision is traceable. */
export function RevocationBasis({ basis, allianceId }: { basis: BasisItem[]; allianceId: string }) {
  if (basis.length === 0) return <span className="muted">无考核依据</span>;
  return (
    <ul className="small" style={{ margin: 0, paddingLeft: 18 }}>
      {basis.map((b) => (
        <li key={b.id}>
          <Link href={b.reportId ? `/assessment/reports/${b.reportId}` : `/alliances/${allianceId}`}>{b.year}年度</Link>：{b.score} 分{" "}
          <ScoreGradeBadge grade={b.grade} />
          {b.comment ? <span className="muted">（{b.comment}）</span> : null}
        </li>
      ))}
    </ul>
  );
}
