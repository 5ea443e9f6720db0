import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicFiling } from "@/lib/public/notices";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/http/authed-route";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge } from "@/components/public/notice-status";
import { ObjectionForm } from "@/components/public/objection-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "备案公示详情" };

export default async function PublicNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const f = await getPublicFiling(id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  return (
    <>
      <p><Link href="/public/notices">← 返回公示列表</Link></p>
      <h1>{f.alliance.name} <NoticeStatusBadge status={f.status} /></h1>
      <table className="kv card">
        <tbody>
          <tr><th scope="row">备案编号</th><td>{f.number}</td></tr>
          <tr><th scope="row">所属产业</th><td>{f.alliance.industry.name}</td></tr>
          <tr><th scope="row">牵头单位</th><td>{f.alliance.leadOrg.name}</td></tr>
          <tr><th scope="row">备案日期</th><td>{formatDate(f.filedAt)}</td></tr>
          <tr><th scope="row">公示期</th><td>{formatDate(f.noticeStartsOn)} 至 {formatDate(f.noticeEndsOn)}</td></tr>
          <tr><th scope="row">备案单位</th><td>吉林省科技创新研究院</td></tr>
        </tbody>
      </table>
      {f.status === "IN_NOTICE" ? (
        <ObjectionForm filingId={f.id} allianceName={f.alliance.name} />
      ) : (
        <p className="card muted">该联盟不在公示期内，不再受理异议。</p>
      )}
    </>
  );
}
