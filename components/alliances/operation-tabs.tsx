import Link from "next/link";

// 八 运行管理: the pages of a filed alliance's life after filing, one tab each. Every sub-page renders this bar.
const TABS = [
  { seg: "", label: "联盟概况" },
  { seg: "/reports", label: "年度报告与考核" },
  { seg: "/members", label: "成员变更" },
  { seg: "/council", label: "理事会、章程与解散" },
  { seg: "/activities", label: "活动与推荐项目" },
] as const;

export type OperationTab = (typeof TABS)[number]["seg"];

export function OperationTabs({ allianceId, current }: { allianceId: string; current: OperationTab }) {
  return (
    <nav className="tabs no-print" aria-label="联盟运行管理">
      <ul>
        {TABS.map((t) => (
          <li key={t.seg}>
            <Link href={`/alliances/${allianceId}${t.seg}`} aria-current={t.seg === current ? "page" : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
