import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { RejectionReasons, findRefiling } from "@/lib/filing/refile";
import { formatDateTime } from "@/components/ui/format";
import { commentPathLabel } from "@/lib/review/comment-paths";
import { RefileButton } from "./refile-button";

type Refiling = Awaited<ReturnType<typeof findRefiling>>;

async function Reasons({ r }: { r: RejectionReasons }) {
  const t = await getTranslations("refile");
  return (
    <>
      {r.reasons.length === 0 ? (
        <p className="muted">{t("noReasons")}</p>
      ) : (
        <ul>
          {r.reasons.map((x, i) => (
            <li key={i}>{t.rich("reasonLine", { unit: x.unit, at: formatDateTime(x.at), text: x.text, strong: (c) => <strong>{c}</strong> })}</li>
          ))}
        </ul>
      )}
      {r.comments.length > 0 && (
        <>
          <p className="small">{t("comments")}</p>
          <ul className="small">
            {r.comments.map((c, i) => (
              <li key={i}>{t.rich("commentLine", { field: commentPathLabel(c.fieldPath), text: c.text, strong: (s) => <strong>{s}</strong> })}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** On a rejected filing: why, and the way to a new cycle. On a new cycle: where it came from and why that was rejected. */
export async function RefilePanel({ refiling, allianceId }: { refiling: Refiling; allianceId: string }) {
  const t = await getTranslations("refile");
  const { rejected, refiledAs, source, canRefile } = refiling;
  return (
    <>
      {rejected && (
        <section className="alert error" data-testid="rejection">
          <h2>{t("rejectedTitle", { version: rejected.versionNo })}</h2>
          <Reasons r={rejected} />
          {refiledAs ? (
            <p>
              {t("refiledAs")} <Link href={`/alliances/${refiledAs.id}`}>{refiledAs.name}</Link>
            </p>
          ) : (
            canRefile && (
              <>
                <p className="small">{t("explain")}</p>
                <RefileButton allianceId={allianceId} />
              </>
            )
          )}
        </section>
      )}
      {source && (
        <section className="alert warn" data-testid="refiled-from">
          <h2>{t("fromTitle")}</h2>
          <p>
            {t("fromLine", { version: source.versionNo, at: formatDateTime(source.rejectedAt) })}{" "}
            <Link href={`/alliances/${source.allianceId}`}>{t("viewOld")}</Link>
          </p>
          <Reasons r={source} />
        </section>
      )}
    </>
  );
}
