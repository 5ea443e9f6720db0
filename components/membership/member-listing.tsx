import { useTranslations } from "next-intl";
import type { ConfirmedFigures } from "@/lib/membership/confirm-status";
import { formatWan } from "@/components/ui/format";
import { CHAIN_LABEL, ORG_TYPE_LABEL, ROLE_LABEL } from "./labels";

/** A member unit's listing exactly as it is confirmed: what the unit sees is what is stored as confirmed. */
export function MemberListing({ listing, caption }: { listing: ConfirmedFigures & { allianceName: string }; caption: string }) {
  const isEnterprise = listing.type === "ENTERPRISE";
  const t = useTranslations("membership.listing");
  return (
    <table className="kv card" data-testid="member-listing">
      <caption>{caption}</caption>
      <tbody>
        <tr>
          <th scope="row">{t("allianceName")}</th>
          <td>{listing.allianceName}</td>
        </tr>
        <tr>
          <th scope="row">{t("orgName")}</th>
          <td>{t("nameWithType", { name: listing.name, type: ORG_TYPE_LABEL[listing.type] ?? listing.type })}</td>
        </tr>
        <tr>
          <th scope="row">{t("role")}</th>
          <td>{ROLE_LABEL[listing.role] ?? listing.role}</td>
        </tr>
        <tr>
          <th scope="row">{t("chain")}</th>
          <td>{listing.chainPosition ? CHAIN_LABEL[listing.chainPosition] : "—"}</td>
        </tr>
        <tr>
          <th scope="row">{t("output")}</th>
          <td>{isEnterprise ? formatWan(listing.outputValue2022) || t("notFilled") : "—"}</td>
        </tr>
        <tr>
          <th scope="row">{t("profitTax")}</th>
          <td>{isEnterprise ? formatWan(listing.profitTax2022) || t("notFilled") : "—"}</td>
        </tr>
      </tbody>
    </table>
  );
}
