import type { TermStatus } from "@/lib/operation/council";

/** A council term's standing at a glance (附件2 第十三条（二）: three-year terms). */
export function TermBadge({ status, daysLeft }: { status: TermStatus | "NONE"; daysLeft: number | null }) {
  if (status === "NONE") return <span className="badge grey">未登记理事会任期</span>;
  if (status === "EXPIRED") return <span className="badge red">已届满 {Math.abs(daysLeft ?? 0)} 天</span>;
  if (status === "EXPIRING") return <span className="badge amber">{daysLeft} 天后届满</span>;
  return <span className="badge green">任期内，{daysLeft} 天后届满</span>;
}
