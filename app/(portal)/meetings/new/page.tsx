import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAgendaCandidates } from "@/lib/meetings/meetings";
import { MeetingForm } from "@/components/meetings/meeting-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "新建厅务会" };

export default async function NewMeetingPage() {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const candidates = await findAgendaCandidates(user);
  return (
    <>
      <h1>安排厅务会议程</h1>
      <MeetingForm
        candidates={candidates.map((c) => ({
          id: c.id,
          name: c.name,
          industry: c.industry.name,
          lead: c.leadOrg.name,
          versionNo: c.currentVersionNo,
          since: c.stateSince.toISOString().slice(0, 10),
        }))}
      />
    </>
  );
}
