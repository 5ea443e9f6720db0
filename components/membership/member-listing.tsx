import type { ConfirmedFigures } from "@/lib/membership/confirm-status";
import { formatWan } from "@/components/ui/format";
import { CHAIN_LABEL, ORG_TYPE_LABEL, ROLE_LABEL } from "./labels";

/** A member unit's listing exactly as it is confirmed: what the unit sees is what is stored as confirmed. */
export function MemberListing({ listing, caption }: { listing: ConfirmedFigures & { allianceName: string }; caption: string }) {
  const isEnterprise = listing.type === "ENTERPRISE";
  return (
    <table className="kv card" data-testid="member-listing">
      <caption>{caption}</caption>
      <tbody>
        <tr>
          <th scope="row">联盟名称</th>
          <td>{listing.allianceName}</td>
        </tr>
        <tr>
          <th scope="row">单位名称</th>
          <td>
            {listing.name}（{ORG_TYPE_LABEL[listing.type] ?? listing.type}）
          </td>
        </tr>
        <tr>
          <th scope="row">联盟职务</th>
          <td>{ROLE_LABEL[listing.role] ?? listing.role}</td>
        </tr>
        <tr>
          <th scope="row">产业链位置</th>
          <td>{listing.chainPosition ? CHAIN_LABEL[listing.chainPosition] : "—"}</td>
        </tr>
        <tr>
          <th scope="row">2022年产值（万元）</th>
          <td>{isEnterprise ? formatWan(listing.outputValue2022) || "未填写" : "—"}</td>
        </tr>
        <tr>
          <th scope="row">2022年利税（万元）</th>
          <td>{isEnterprise ? formatWan(listing.profitTax2022) || "未填写" : "—"}</td>
        </tr>
      </tbody>
    </table>
  );
}
