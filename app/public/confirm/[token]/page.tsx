import { withPageText } from "@/lib/i18n/page-text";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getConfirmListing, linkInvalidMessage } from "@/lib/membership/confirm-member";
import { formatDate } from "@/components/ui/format";
import { MemberListing } from "@/components/membership/member-listing";
import { ConfirmForm } from "@/components/membership/confirm-form";

// The token is in the address: never send it to another site in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.confirm");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

async function ConfirmMemberPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [listing, t] = await Promise.all([getConfirmListing(token), getTranslations("public.confirm")]);
  if (!listing) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="alert warn" role="status">
          {linkInvalidMessage()}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: listing.name, alliance: listing.allianceName, expires: formatDate(listing.expiresAt) })}</p>
      <MemberListing listing={listing} caption={t("caption")} />
      <ConfirmForm token={token} />
    </>
  );
}

export default withPageText("app/public/confirm/[token]/page.tsx", ConfirmMemberPage);
