import Link from "next/link";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { ACTION_GROUPS, actionLabel, actionsOfGroup } from "@/lib/audit/labels";
import { GROUP_PREFIX, type AuditListState } from "@/lib/audit/audit-list";
import { SortFields } from "@/components/ui/list-form";

// The audit log's filter form (GET, so the whole state is in the address): actions grouped by business
// area with "全部操作" first (a whole group can be chosen too), the actor chosen exactly (a list of staff
// accounts; a filer's account name is typed in full), a time range, and 清除条件.
export function AuditFilters({ list, actors }: { list: AuditListState; actors: { value: string; label: string }[] }) {
  const f = list.filters;
  const err = (k: "from" | "to" | "actor" | "action") => list.problems[k];
  return (
    <form className="filters card" method="get" role="search" aria-label="筛选审计记录">
      <div className="field">
        <label htmlFor="action">操作</label>
        <select id="action" name="action" defaultValue={f.action ?? ""}>
          <option value="">全部操作</option>
          {ACTION_GROUPS.map((g) => (
            <optgroup key={g.key} label={g.label}>
              <option value={`${GROUP_PREFIX}${g.key}`}>{g.label}（全部）</option>
              {actionsOfGroup(g.key, AUDIT_ACTIONS).map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="actor">操作人（账户名，完全一致）</label>
        <input id="actor" name="actor" list="actor-choices" defaultValue={f.actor ?? ""} maxLength={64} autoComplete="off" />
        <datalist id="actor-choices">
          {actors.map((a) => (
            <option key={a.value} value={a.value} label={a.label} />
          ))}
        </datalist>
      </div>
      {(["from", "to"] as const).map((k) => (
        <div className="field" key={k}>
          <label htmlFor={k}>{k === "from" ? "起始日期" : "截止日期"}</label>
          <input
            id={k}
            name={k}
            type="date"
            min="2000-01-01"
            max="2999-12-31"
            defaultValue={f[k] ?? ""}
            aria-invalid={err(k) ? true : undefined}
            aria-describedby={err(k) ? `${k}-err` : undefined}
          />
          {err(k) && (
            <div className="error" id={`${k}-err`}>
              {err(k)}
            </div>
          )}
        </div>
      ))}
      {f.entityType && <input type="hidden" name="entityType" value={f.entityType} />}
      {f.entityId && <input type="hidden" name="entityId" value={f.entityId} />}
      <SortFields list={list} />
      <button type="submit">查询</button>
      <Link href="/audit">清除条件</Link>
    </form>
  );
}
