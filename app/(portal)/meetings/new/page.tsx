import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAgendaCandidates } from "@/lib/meetings/meetings";
import { MeetingForm } from "@/components/meetings/meeting-form";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.list");
  return { title: t("newTitle") };
}

async function NewMeetingPage() {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const [candidates, t] = await Promise.all([findAgendaCandidates(user), getTranslations("meetings.list")]);
  return (
    <>
      <h1>{t("newHeading")}</h1>
      <MeetingForm
        candidates={candidates.map((c) => ({
          id: c.id,
          name: c.name,
          industry: industryName(c.industry),
          lead: c.leadOrg.name,
          versionNo: c.currentVersionNo,
          since: c.stateSince.toISOString().slice(0, 10),
        }))}
      />
    </>
  );
}

export default withPageText("app/(portal)/meetings/new/page.tsx", NewMeetingPage);
