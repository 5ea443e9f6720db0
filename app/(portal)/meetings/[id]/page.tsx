import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { getMeeting } from "@/lib/meetings/meetings";
import { isUuid } from "@/lib/http/authed-route";
import { isPdfAvailable } from "@/lib/documents/pdf";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate } from "@/components/ui/format";
import { DecisionForm } from "@/components/meetings/decision-form";
import { meetingDateDefault } from "@/lib/meetings/meeting-date";
import { chinaTodayIso } from "@/lib/validation/membership";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.detail");
  return { title: t("title") };
}

async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const meeting = await getMeeting(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  // The form pre-fills a date the rule accepts: the planned date once it has come, else today (七（三）).
  const dateDefault = meetingDateDefault(meeting.heldOn ? meeting.heldOn.toISOString().slice(0, 10) : null, chinaTodayIso());
  const [pdf, t] = await Promise.all([isPdfAvailable(), getTranslations("meetings.detail")]);
  return (
    <>
      <h1>{t("heading", { session: meeting.sessionNo, title: meeting.title })}</h1>
      <p>
        {t("dateAndStatus", {
          date: meeting.heldOn ? formatDate(meeting.heldOn) : t("tbd"),
          status: meeting.closedAt ? t("closed") : t("open"),
        })}
      </p>
      <p className="no-print">
        <a className="button secondary" href={`/api/meetings/${meeting.id}/packet`}>
          {t("downloadDocx")}
        </a>
        {pdf && (
          <>
            {t("gap")}
            <a className="button secondary" href={`/api/meetings/${meeting.id}/packet?format=pdf`}>
              {t("downloadPdf")}
            </a>
          </>
        )}
        <span className="muted small">{t("packetContents")}</span>
      </p>
      {!pdf && <p className="muted small no-print">{t("noPdf")}</p>}
      <div className="table-wrap">
        <table data-testid="agenda">
          <thead>
            <tr>
              <th>{t("no")}</th>
              <th>{t("name")}</th>
              <th>{t("industry")}</th>
              <th>{t("lead")}</th>
              <th>{t("version")}</th>
              <th>{t("state")}</th>
              <th>{t("outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.decisions.map((d, i) => (
              <tr key={d.id}>
                <td>{i + 1}</td>
                <td>
                  <Link href={`/alliances/${d.alliance.id}`}>{d.alliance.name}</Link>
                </td>
                <td className="nowrap">{industryName(d.alliance.industry)}</td>
                <td>{d.alliance.leadOrg.name}</td>
                <td>{t("versionNo", { version: d.versionNo })}</td>
                <td>
                  <StateBadge state={d.alliance.state} />
                </td>
                <td>
                  {t(`outcomes.${d.outcome}`)}
                  {d.note ? t("noteSuffix", { note: d.note }) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!meeting.closedAt &&
        meeting.decisions
          .filter((d) => d.outcome === "PENDING")
          .map((d) => (
            <DecisionForm
              key={d.id}
              meetingId={meeting.id}
              allianceId={d.alliance.id}
              allianceName={d.alliance.name}
              version={d.alliance.version}
              heldOn={dateDefault.value}
              plannedOn={dateDefault.plannedInFuture && meeting.heldOn ? meeting.heldOn.toISOString().slice(0, 10) : null}
              today={chinaTodayIso()}
            />
          ))}
    </>
  );
}

export default withPageText("app/(portal)/meetings/[id]/page.tsx", MeetingPage);
