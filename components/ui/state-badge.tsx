import { getTranslations } from "next-intl/server";
import type { AllianceState } from "@/lib/db/generated/enums";

const COLOR: Record<AllianceState, string> = {
  DRAFT: "grey",
  DIVISION_REVIEW: "blue",
  FORM_REVIEW: "blue",
  MEETING: "blue",
  FILING: "blue",
  FILED: "green",
  RETURNED: "amber",
  REJECTED: "red",
  REVOKED: "red",
  DISSOLVED: "grey",
};

export async function StateBadge({ state }: { state: AllianceState }) {
  const t = await getTranslations("states");
  return <span className={`badge ${COLOR[state]}`}>{t(state)}</span>;
}
