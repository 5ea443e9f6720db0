import type { Grade } from "@/lib/db/generated/enums";
import { GRADE_LABELS } from "@/lib/assessment/scheme";

const COLOR: Record<Grade, string> = { EXCELLENT: "green", GOOD: "blue", PASS: "grey", FAIL: "red" };

export function ScoreGradeBadge({ grade }: { grade: Grade }) {
  return <span className={`badge ${COLOR[grade]}`}>{GRADE_LABELS[grade]}</span>;
}
