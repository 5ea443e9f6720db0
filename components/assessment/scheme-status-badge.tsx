import { useTranslations } from "next-intl";
import type { SchemeStatus } from "@/lib/db/generated/enums";

// DRAFT: being prepared; PUBLISHED: open for reports; FROZEN: results published and closed (八（四）).
const COLOR: Record<SchemeStatus, string> = { DRAFT: "grey", PUBLISHED: "blue", FROZEN: "green" };

export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  const t = useTranslations("assessBadges");
  return <span className={`badge ${COLOR[status]}`}>{t(`scheme.${status}`)}</span>;
}
