"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormTrigger } from "react-hook-form";
import { InlineNotes } from "@/components/review/inline-notes";
import { CHAIN_POSITIONS, MEMBER_ROLES, type TFilingDraftFields, type TMemberInput } from "@/lib/validation/filing";

const wan = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) };

/** 附件1 三: one editable row per member; enterprise and academic columns as in the form. */
export function MemberTable(props: {
  members: (TMemberInput & { id: string })[];
  register: UseFormRegister<TFilingDraftFields>;
  trigger: UseFormTrigger<TFilingDraftFields>;
  errors: FieldErrors<TFilingDraftFields>["members"];
  leadCreditCode: string;
  disabled: boolean;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("filing");
  const tr = useTranslations("allianceRoles");
  const tc = useTranslations("chain");
  const to = useTranslations("orgTypes");
  const { members, errors, disabled } = props;
  // Adding a row validates the whole list; each change re-checks its row so no stale error stays.
  const register: typeof props.register = (name, options) =>
    props.register(name, { ...options, onChange: () => void props.trigger(name.split(".").slice(0, 2).join(".") as `members.${number}`) });
  if (members.length === 0) return <p className="muted">{t("noMembers")}</p>;
  const err = (i: number, f: keyof TMemberInput) => errors?.[i]?.[f]?.message;
  return (
    <div className="table-wrap">
      <table className="members">
        <thead>
          <tr>
            <th>#</th><th>{t("orgName")}</th><th>{t("role")}</th><th>{t("chain")}</th><th>{t("output")}</th><th>{t("profitTax")}</th>
            <th>{t("resources")} / {t("discipline")}</th><th>{t("nationalTop10")} / {t("leader")}</th><th />
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => {
            const enterprise = m.type === "ENTERPRISE";
            const academic = m.type === "UNIVERSITY" || m.type === "RESEARCH_INSTITUTE";
            const label = (f: string) => `${m.name} ${f}`;
            return (
              <tr key={m.id} data-testid={`member-${m.creditCode}`}>
                <td>{i + 1}</td>
                <td>{m.name}<div className="muted small">{to(m.type)}　<code>{m.creditCode}</code></div>{err(i, "creditCode") && <div className="error">{err(i, "creditCode")}</div>}<InlineNotes path={`member:${m.creditCode}`} /></td>
                <td>
                  <select aria-label={label(t("role"))} disabled={disabled} {...register(`members.${i}.role`)}>
                    {MEMBER_ROLES.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
                  </select>
                </td>
                <td>
                  {enterprise ? (
                    <>
                      <select aria-label={label(t("chain"))} disabled={disabled} aria-invalid={err(i, "chainPosition") ? true : undefined}
                        {...register(`members.${i}.chainPosition`, { setValueAs: (v: unknown) => (v === "" ? null : v) })}>
                        <option value="">—</option>
                        {CHAIN_POSITIONS.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
                      </select>
                      {err(i, "chainPosition") && <div className="error" role="alert">{err(i, "chainPosition")}</div>}
                    </>
                  ) : "—"}
                </td>
                <td>{enterprise ? <input type="number" step="0.01" className="num" aria-label={label(t("output"))} disabled={disabled} {...register(`members.${i}.outputValue2022`, wan)} /> : "—"}
                  {err(i, "outputValue2022") && <div className="error">{err(i, "outputValue2022")}</div>}</td>
                <td>{enterprise ? <input type="number" step="0.01" className="num" aria-label={label(t("profitTax"))} disabled={disabled} {...register(`members.${i}.profitTax2022`, wan)} /> : "—"}
                  {err(i, "profitTax2022") && <div className="error">{err(i, "profitTax2022")}</div>}</td>
                <td>
                  {academic
                    ? <input type="text" aria-label={label(t("discipline"))} disabled={disabled} {...register(`members.${i}.disciplineStrengths`)} />
                    : <input type="text" aria-label={label(t("resources"))} disabled={disabled} {...register(`members.${i}.resources`)} />}
                </td>
                <td>
                  {academic ? <input type="text" aria-label={label(t("leader"))} disabled={disabled} {...register(`members.${i}.disciplineLeader`)} />
                    : enterprise ? (
                      <>
                        <label className="small"><input type="checkbox" disabled={disabled} {...register(`members.${i}.nationalTop10`)} /> {t("nationalTop10")}</label><br />
                        <label className="small"><input type="checkbox" disabled={disabled} {...register(`members.${i}.provincialTop10`)} /> {t("provincialTop10")}</label>
                      </>
                    ) : "—"}
                </td>
                <td>
                  {m.creditCode !== props.leadCreditCode && !disabled && (
                    <button type="button" className="secondary" aria-label={`${t("remove")} ${m.name}`} onClick={() => props.onRemove(i)}>{t("remove")}</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t("unitNote")}</p>
    </div>
  );
}
