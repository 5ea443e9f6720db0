import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findCalls } from "@/lib/calls/find-calls";
import { formatDate } from "@/components/ui/format";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "牵头企业遴选" };

export default async function CallsPage() {
  const user = await requirePageUser(PAGE_ROLES.calls);
  const t = await getTranslations("calls");
  const calls = await findCalls(user);
  const now = new Date();
  const staff = !user.roles.includes("ENTERPRISE_FILER");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted small">{t("clause")}</p>
      {staff && (
        <p>
          <Link className="button" href="/calls/new">
            {t("new")}
          </Link>
        </p>
      )}
      {calls.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("title")}</th>
                <th>{t("industry")}</th>
                <th>{t("deadline")}</th>
                <th>{t("status")}</th>
                <th>{staff ? t("pending") : t("myIntent")}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((c) => {
                const open = c.status === "OPEN" && c.deadline >= now;
                const mine = c.intents[0];
                return (
                  <tr key={c.id}>
                    <td>
                      <Link href={`/calls/${c.id}`}>{c.title}</Link>
                    </td>
                    <td className="nowrap">{c.industry.name}</td>
                    <td className="nowrap">{formatDate(c.deadline)}</td>
                    <td>
                      <span className={`badge ${open ? "blue" : "grey"}`}>{open ? t("open") : t("closed")}</span>
                    </td>
                    <td>{staff ? c._count.intents : mine ? t(`intentStatus.${mine.status}`) : t("noIntent")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
