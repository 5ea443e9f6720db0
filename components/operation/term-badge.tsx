import { useTranslations } from "next-intl";
import type { TermStatus } from "@/lib/operation/council";

/** A council term's standing at a glance (附件2 第十三条（二）: three-year terms). */
export function TermBadge({ status, daysLeft }: { status: TermStatus | "NONE"; daysLeft: number | null }) {
  const t = useTranslations("operation.termBadge");
  if (status === "NONE") return <span className="badge grey">{t("none")}</span>;
  if (status === "EXPIRED") return <span className="badge red">{t("expired", { days: Math.abs(daysLeft ?? 0) })}</span>;
  if (status === "EXPIRING") return <span className="badge amber">{t("expiring", { days: daysLeft ?? 0 })}</span>;
  return <span className="badge green">{t("current", { days: daysLeft ?? 0 })}</span>;
}
