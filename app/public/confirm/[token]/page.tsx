import type { Metadata } from "next";
import { getConfirmListing, LINK_INVALID } from "@/lib/membership/confirm-member";
import { formatDate } from "@/components/ui/format";
import { MemberListing } from "@/components/membership/member-listing";
import { ConfirmForm } from "@/components/membership/confirm-form";

// The token is in the address: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "成员单位信息确认", referrer: "no-referrer", robots: { index: false } };

export default async function ConfirmMemberPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const listing = await getConfirmListing(token);
  if (!listing) {
    return (
      <>
        <h1>成员单位信息确认</h1>
        <p className="alert warn" role="status">
          {LINK_INVALID}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>成员单位信息确认</h1>
      <p>
        {listing.name}：{listing.allianceName}的牵头单位在备案材料中列出了贵单位的以下信息（附件1 三 成员单位基本情况）。
        请核对后选择“确认无误”或“信息有误”。本链接仅可使用一次，有效期至 {formatDate(listing.expiresAt)}。
      </p>
      <MemberListing listing={listing} caption="贵单位在联盟中的登记信息" />
      <ConfirmForm token={token} />
    </>
  );
}
