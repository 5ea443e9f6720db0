import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { ACTION_GROUPS, actionLabel, actionsOfGroup } from "@/lib/audit/labels";
import { GROUP_PREFIX, type AuditListState } from "@/lib/audit/audit-list";
import { SortFields } from "@/components/ui/list-form";

// The audit log's filter form (GET, so the whole state is in the address): actions grouped by business
// area with "全部操作" first (a whole group can be chosen too), the actor chosen exactly (a list of staff
// accounts; a filer's account name is typed in full), a time range, and 清除条件.
export async function AuditFilters({ list, actors }: { list: AuditListState; actors: { value: string; label: string }[] }) {
  const t = await getTranslations("audit");
  const f = list.filters;
  const err = (k: "from" | "to" | "actor" | "action") => list.problems[k];
  return (
    <form className="filters card" method="get" role="search" aria-label={t("page.formLabel")}>
      <div className="field">
        <label htmlFor="action">{t("action")}</label>
        <select id="action" name="action" defaultValue={f.action ?? ""}>
          <option value="">{t("page.allActions")}</option>
          {ACTION_GROUPS.map((g) => (
            <optgroup key={g.key} label={g.label}>
              <option value={`${GROUP_PREFIX}${g.key}`}>{t("export.groupAll", { group: g.label })}</option>
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
        <label htmlFor="actor">{t("page.actorLabel")}</label>
        <input id="actor" name="actor" list="actor-choices" defaultValue={f.actor ?? ""} maxLength={64} autoComplete="off" />
        <datalist id="actor-choices">
          {actors.map((a) => (
            <option key={a.value} value={a.value} label={a.label} />
          ))}
        </datalist>
      </div>
      {(["from", "to"] as const).map((k) => (
        <div className="field" key={k}>
          <label htmlFor={k}>{t(k)}</label>
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
      <button type="submit">{t("apply")}</button>
      <Link href="/audit">{t("reset")}</Link>
    </form>
  );
}
