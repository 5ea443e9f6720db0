// What each role finds on its home page: its work to do, the alliances it follows, its administrator figures.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { getHomeData } from "@/lib/home/get-home-data";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDateTime } from "@/components/ui/format";

export async function HomePanels({ data }: { data: Awaited<ReturnType<typeof getHomeData>> }) {
  const t = await getTranslations();
  return (
    <>
      {data.todo.length > 0 && (
        <section aria-labelledby="todo-h">
          <h2 id="todo-h">{t("home.todo")}</h2>
          <div className="grid">
            {data.todo.map((q) => (
              <Link key={q.state} className="stat" href={`/review?state=${q.state}`} data-testid={`todo-${q.state}`}>
                <div className="n">{q.total}</div>
                <div className="l">{t(`states.${q.state}`)}</div>
                {q.overdue > 0 && <div className="error-text small">{t("serviceTime.homeOverdue", { overdue: q.overdue, limit: q.limitDays ?? 0 })}</div>}
              </Link>
            ))}
          </div>
        </section>
      )}

      {data.operation.length > 0 && (
        <section aria-labelledby="operation-h">
          <h2 id="operation-h">{t("home.operation")}</h2>
          <div className="grid">
            {data.operation.map((o) => (
              <Link key={o.key} className="stat" href={o.href} data-testid={`operation-${o.key}`}>
                <div className="n">{o.count}</div>
                <div className="l">{o.label}</div>
                {o.note && <div className="small muted">{o.note}</div>}
              </Link>
            ))}
          </div>
        </section>
      )}

      {data.queue && (
        <section aria-labelledby="queue-h">
          <h2 id="queue-h">{t("home.queue")}</h2>
          <div className="grid">
            {data.queue.map((q) => (
              <Link key={q.state} className="stat" href={`/alliances?state=${q.state}`} data-testid={`queue-${q.state}`}>
                <div className="n">{q.count}</div>
                <div className="l">{t(`states.${q.state}`)}</div>
              </Link>
            ))}
          </div>
        </section>
      )}

      {data.mine && (
        <section className="card" aria-labelledby="mine-h">
          <h2 id="mine-h">{t("home.myAlliances")}</h2>
          {data.mine.length === 0 ? (
            <p className="muted">{t("home.noAlliances")}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t("alliances.name")}</th>
                    <th>{t("alliances.state")}</th>
                    <th>{t("alliances.updated")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.mine.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Link href={`/alliances/${a.id}`}>{a.name}</Link>
                      </td>
                      <td>
                        <StateBadge state={a.state} />
                      </td>
                      <td className="nowrap">{formatDateTime(a.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {data.byIndustry && (
        <section className="card" aria-labelledby="ind-h">
          <h2 id="ind-h">{t("home.byIndustry")}</h2>
          <div className="grid">
            {data.byIndustry.map((i) => (
              <div key={i.name} className="stat">
                <div className="n">{i.count}</div>
                <div className="l">{i.name}</div>
              </div>
            ))}
          </div>
        </section>
      )}

      {data.admin && (
        <div className="grid" data-testid="home-sysadmin">
          <Link className="stat" href="/admin/users">
            <div className="n">{data.admin.users}</div>
            <div className="l">{t("home.users")}</div>
          </Link>
          <div className="stat">
            <div className="n">{data.admin.locked}</div>
            <div className="l">{t("home.lockedUsers")}</div>
          </div>
          <div className="stat">
            <div className="n">{data.admin.disabled}</div>
            <div className="l">{t("home.disabledUsers")}</div>
          </div>
        </div>
      )}

      {data.security && (
        <div className="grid" data-testid="home-secadmin">
          <Link className="stat" href="/security">
            <div className="n">{data.security.locked.length}</div>
            <div className="l">{t("home.lockedUsers")}</div>
          </Link>
          <div className="stat">
            <div className="n">{data.security.failed24h}</div>
            <div className="l">{t("home.failedLogins24h")}</div>
          </div>
        </div>
      )}

      {data.audit && (
        <div className="grid" data-testid="home-auditor">
          <Link className="stat" href="/audit">
            <div className="n">{data.audit.today}</div>
            <div className="l">{t("home.auditToday")}</div>
          </Link>
          <div className="stat">
            <div className="n">{data.audit.total}</div>
            <div className="l">{t("home.auditTotal")}</div>
          </div>
        </div>
      )}
    </>
  );
}
