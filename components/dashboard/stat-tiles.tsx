import type { Headline } from "@/lib/dashboard/headline";

export function StatTiles({ headline }: { headline: Headline }) {
  const tiles = [
    { n: String(headline.filed), l: "备案联盟数" },
    { n: String(headline.inReview), l: "审核中" },
    { n: String(headline.overdue), l: "超期待办" },
    { n: String(headline.returned), l: "退回修改中" },
    {
      n: headline.excellentRate === null ? "—" : `${headline.excellentRate}%`,
      l: headline.assessmentYear ? `${headline.assessmentYear}年度考核优秀率` : "年度考核优秀率（暂无已公布结果）",
    },
  ];
  return (
    <div className="grid" role="list" aria-label="主要指标">
      {tiles.map((t) => (
        <div className="stat" role="listitem" key={t.l}>
          <div className="n">{t.n}</div>
          <div className="l">{t.l}</div>
        </div>
      ))}
    </div>
  );
}
