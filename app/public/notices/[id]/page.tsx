import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getPublicFiling } from "@/lib/public/notices";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/http/authed-route";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge } from "@/components/public/notice-status";
import { ObjectionForm } from "@/components/public/objection-form";
import { getTranslations } from "next-intl/server";
import { findPublicMembers } from "@/lib/public/notice-members";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const f = isUuid(id) ? await getPublicFiling(id).catch(() => null) : null;
  const t = await getTranslations("public.notice");
  return { title: f ? t("title", { name: f.alliance.name }) : t("titleNone") };
}

async function PublicNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const f = await getPublicFiling(id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const [members, t] = await Promise.all([findPublicMembers(id), getTranslations()]);
  const groups = members ?? { enterprises: [], academia: [], others: [] };
  const count = groups.enterprises.length + groups.academia.length + groups.others.length;
  return (
    <>
      <p className="back-link no-print">
        <Link href="/public/notices">{t("public.notice.back")}</Link>
      </p>
      <h1>
        {f.alliance.name} <NoticeStatusBadge status={f.status} />
      </h1>
      <table className="kv card">
        <tbody>
          <tr>
            <th scope="row">{t("public.notice.number")}</th>
            <td className="filing-no">{f.number}</td>
          </tr>
          <tr>
            <th scope="row">{t("public.notice.industry")}</th>
            <td>{industryName(f.alliance.industry)}</td>
          </tr>
          <tr>
            <th scope="row">{t("public.notice.lead")}</th>
            <td>{f.alliance.leadOrg.name}</td>
          </tr>
          <tr>
            <th scope="row">{t("public.notice.filed")}</th>
            <td className="nowrap">{formatDate(f.filedAt)}</td>
          </tr>
          <tr>
            <th scope="row">{t("public.notice.noticePeriod")}</th>
            <td className="nowrap">{t("public.period", { start: formatDate(f.noticeStartsOn), end: formatDate(f.noticeEndsOn) })}</td>
          </tr>
          <tr>
            <th scope="row">{t("public.notice.filedBy")}</th>
            <td>{t("public.notice.institute")}</td>
          </tr>
        </tbody>
      </table>
      <section className="card" aria-labelledby="members-h">
        <h2 id="members-h">{t("public.notice.members", { count })}</h2>
        {(["enterprises", "academia", "others"] as const).map(
          (k) =>
            groups[k].length > 0 && (
              <div key={k}>
                <h3 className="small">{t(`public.notice.${k}`, { count: groups[k].length })}</h3>
                <ul className="member-names">
                  {groups[k].map((m) => (
                    <li key={m.id}>
                      {m.organization.name}
                      {m.role !== "MEMBER" && <span className="muted small">{t("public.notice.role", { role: t(`allianceRoles.${m.role}`) })}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </section>
      <section className="card" aria-labelledby="objection-h">
        <h2 id="objection-h">{t("public.notice.objectionHeading")}</h2>
        <p>
          {t("public.notice.objectionText", {
            start: formatDate(f.noticeStartsOn),
            end: formatDate(f.noticeEndsOn),
            inNotice: f.status === "IN_NOTICE" ? "yes" : "no",
          })}
        </p>
      </section>
      {f.status === "IN_NOTICE" ? (
        <ObjectionForm filingId={f.id} allianceName={f.alliance.name} />
      ) : (
        <p className="card muted">{t("public.notice.notInNotice")}</p>
      )}
      {/* The notice as an official text: its issuing body and date, on screen and on paper. */}
      <p className="notice-sign" data-testid="notice-sign">
        {t("public.notice.institute")}
        <br />
        <span className="nowrap">{formatDate(f.noticeStartsOn)}</span>
      </p>
    </>
  );
}

export default withPageText("app/public/notices/[id]/page.tsx", PublicNoticePage);
