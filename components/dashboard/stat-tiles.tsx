import { useFormatter, useTranslations } from "next-intl";
import type { Headline } from "@/lib/dashboard/headline";

export function StatTiles({ headline }: { headline: Headline }) {
  const t = useTranslations("dashboard.tiles");
  const format = useFormatter();
  const tiles = [
    { n: format.number(headline.filed), l: t("filed") },
    { n: format.number(headline.inReview), l: t("inReview") },
    { n: format.number(headline.overdue), l: t("overdue") },
    { n: format.number(headline.returned), l: t("returned") },
    {
      n: headline.excellentRate === null ? "—" : `${format.number(headline.excellentRate)}%`,
      l: headline.assessmentYear ? t("excellentRate", { year: String(headline.assessmentYear) }) : t("excellentRateNone"),
    },
  ];
  return (
    <div className="grid" role="list" aria-label={t("label")}>
      {tiles.map((t) => (
        <div className="stat" role="listitem" key={t.l}>
          <div className="n">{t.n}</div>
          <div className="l">{t.l}</div>
        </div>
      ))}
    </div>
  );
}
