import { useTranslations } from "next-intl";
import { CONFIRM_STATUS_BADGE, confirmStatusOf } from "@/lib/membership/confirm-status";

type Row = Parameters<typeof confirmStatusOf>[0] & { organization: { name: string; type: string } };

export function ConfirmBadge({ member }: { member: Parameters<typeof confirmStatusOf>[0] }) {
  const t = useTranslations("membership.confirmStatus");
  const s = confirmStatusOf(member);
  return (
    <span className={`badge ${CONFIRM_STATUS_BADGE[s]}`} data-confirm-status={s}>
      {t(s)}
    </span>
  );
}

/** "成员确认：N/M 家已确认", naming the units that have not, so reviewers see at a glance who has not vouched for the listing. */
export function ConfirmSummary({ members }: { members: Row[] }) {
  const open = members.filter((m) => confirmStatusOf(m) !== "CONFIRMED");
  const done = members.length - open.length;
  const t = useTranslations("membership");
  return (
    <p className={`alert ${open.length === 0 ? "ok" : "info"}`} data-testid="confirm-summary">
      {t("confirmSummary", { done, total: members.length })}
      {open.length > 0 && t("confirmSummaryOpen", { names: open.map((m) => m.organization.name).join(t("listSeparator")) })}
    </p>
  );
}
