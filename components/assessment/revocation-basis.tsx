import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("assessBadges");
  if (basis.length === 0) return <span className="muted">{t("noBasis")}</span>;
  return (
    <ul className="small" style={{ margin: 0, paddingLeft: 18 }}>
      {basis.map((b) => (
        <li key={b.id}>
          <Link href={b.reportId ? `/assessment/reports/${b.reportId}` : `/alliances/${allianceId}`}>{t("basisYear", { year: String(b.year) })}</Link>
          {t("basisScore", { score: b.score })} <ScoreGradeBadge grade={b.grade} />
          {b.comment ? <span className="muted">{t("basisComment", { comment: b.comment })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
