import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

// 八 运行管理: the pages of a filed alliance's life after filing, one tab each. Every sub-page renders this bar.
const TABS = [
  { seg: "", label: "overview" },
  { seg: "/reports", label: "reports" },
  { seg: "/members", label: "members" },
  { seg: "/council", label: "council" },
  { seg: "/activities", label: "activities" },
] as const;

export type OperationTab = (typeof TABS)[number]["seg"];

export function OperationTabs({ allianceId, current }: { allianceId: string; current: OperationTab }) {
  const t = useTranslations("alliances.tabs");
  return (
    <nav className="tabs no-print" aria-label={t("label")}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.seg}>
            <Link href={`/alliances/${allianceId}${tab.seg}`} aria-current={tab.seg === current ? "page" : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
