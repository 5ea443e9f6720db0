import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getSchemeTemplate } from "@/lib/assessment/schemes";
import { SchemeEditor } from "@/components/assessment/scheme-editor";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "新建年度考核方案" };

export default async function NewSchemePage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const from = (await searchParams).from === "default" ? "default" : "previous";
  const tpl = await getSchemeTemplate(user, from);
  return (
    <>
      <p className="no-print">
        <Link href="/assessment">← 年度考核</Link>
      </p>
      <h1>新建{tpl.year}年度考核方案</h1>
      <p className="muted">
        依据《实施方案》八（四）设置年度考核指标、权重和等级分数线。
        {tpl.copiedFrom ? `以下内容复制自 ${tpl.copiedFrom} 年度方案，` : "以下为平台提供的参考指标，"}可按需调整。
        {tpl.hasPrevious &&
          (from === "previous" ? (
            <Link href="/assessment/schemes/new?from=default">改用参考指标</Link>
          ) : (
            <Link href="/assessment/schemes/new">改为复制上一年度方案</Link>
          ))}
      </p>
      <SchemeEditor
        key={from}
        initial={{
          year: tpl.year,
          title: `${tpl.year}年度吉林省重点产业科技创新联盟考核方案`,
          reportDue: `${tpl.year + 1}-03-31`,
          coverageCutoff: "",
          ...tpl.definition,
        }}
      />
    </>
  );
}
