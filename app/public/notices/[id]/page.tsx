import Link from "next/link";
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

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const f = isUuid(id) ? await getPublicFiling(id).catch(() => null) : null;
  return { title: f ? `备案公示：${f.alliance.name}` : "备案公示" };
}

export default async function PublicNoticePage({ params }: { params: Promise<{ id: string }> }) {
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
        <Link href="/public/notices">← 返回公示列表</Link>
      </p>
      <h1>
        {f.alliance.name} <NoticeStatusBadge status={f.status} />
      </h1>
      <table className="kv card">
        <tbody>
          <tr>
            <th scope="row">备案编号</th>
            <td className="filing-no">{f.number}</td>
          </tr>
          <tr>
            <th scope="row">所属产业</th>
            <td>{f.alliance.industry.name}</td>
          </tr>
          <tr>
            <th scope="row">牵头单位</th>
            <td>{f.alliance.leadOrg.name}</td>
          </tr>
          <tr>
            <th scope="row">备案日期</th>
            <td className="nowrap">{formatDate(f.filedAt)}</td>
          </tr>
          <tr>
            <th scope="row">公示期</th>
            <td className="nowrap">
              {formatDate(f.noticeStartsOn)} 至 {formatDate(f.noticeEndsOn)}
            </td>
          </tr>
          <tr>
            <th scope="row">备案单位</th>
            <td>吉林省科技创新研究院</td>
          </tr>
        </tbody>
      </table>
      <section className="card" aria-labelledby="members-h">
        <h2 id="members-h">联盟成员单位（{count} 家）</h2>
        {(["enterprises", "academia", "others"] as const).map(
          (k) =>
            groups[k].length > 0 && (
              <div key={k}>
                <h3 className="small">
                  {k === "enterprises" ? "企业" : k === "academia" ? "高校和科研院所" : "其他成员单位"}（{groups[k].length} 家）
                </h3>
                <ul className="member-names">
                  {groups[k].map((m) => (
                    <li key={m.id}>
                      {m.organization.name}
                      {m.role !== "MEMBER" && <span className="muted small">（{t(`allianceRoles.${m.role}`)}）</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </section>
      <section className="card" aria-labelledby="objection-h">
        <h2 id="objection-h">异议受理</h2>
        <p>
          受理单位：吉林省科技创新研究院（创新联盟备案）。公示期（{formatDate(f.noticeStartsOn)} 至 {formatDate(f.noticeEndsOn)}）内，
          对该联盟的组建、成员或申报内容有异议的，请{f.status === "IN_NOTICE" ? "通过本页下方的表单" : ""}
          以真实姓名提出，写明联系方式和事实依据；研究院核实后答复异议人。
        </p>
      </section>
      {f.status === "IN_NOTICE" ? (
        <ObjectionForm filingId={f.id} allianceName={f.alliance.name} />
      ) : (
        <p className="card muted">该联盟不在公示期内，不再受理异议。</p>
      )}
      {/* The notice as an official text: its issuing body and date, on screen and on paper. */}
      <p className="notice-sign" data-testid="notice-sign">
        吉林省科技创新研究院
        <br />
        <span className="nowrap">{formatDate(f.noticeStartsOn)}</span>
      </p>
    </>
  );
}
