import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findOversightItems } from "@/lib/oversight/find-oversight";
import { RevocationSummary } from "@/components/assessment/revocation-summary";
import { FlaggedChanges } from "@/components/membership/flagged-changes";
import { ExpiringTerms } from "@/components/operation/expiring-terms";
import { PendingDissolutions } from "@/components/operation/pending-dissolutions";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "运行监管" };

export default async function OversightPage() {
  const user = await requirePageUser(PAGE_ROLES.oversight);
  const items = await findOversightItems(user);
  return (
    <>
      <h1>运行监管</h1>
      <p className="muted">
        省科技厅委托服务中心对备案的创新联盟实行动态管理（《实施方案》八（四））。以下是需要服务中心处理或知悉的事项；年度考核见
        <Link href="/assessment">年度考核</Link>，全省统计见<Link href="/dashboard">统计分析</Link>。
      </p>
      <RevocationSummary rows={items.revocations} />
      <PendingDissolutions rows={items.dissolutions} />
      <FlaggedChanges rows={items.flaggedChanges} />
      <ExpiringTerms rows={items.expiringTerms} />
    </>
  );
}
