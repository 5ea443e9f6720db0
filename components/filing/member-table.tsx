"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormTrigger } from "react-hook-form";
import { InlineNotes, useNoteId } from "@/components/review/inline-notes";
import { groupMembers } from "@/lib/rules/member-groups";
import { CHAIN_POSITIONS, MEMBER_ROLES } from "@/lib/filing/codes";
import type { TFilingDraftFields, TMemberInput } from "@/lib/validation/filing";

const wan = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) };
const orNull = { setValueAs: (v: unknown) => (v === "" ? null : v) };

type Row = TMemberInput & { id: string };
type Props = {
  members: Row[];
  register: UseFormRegister<TFilingDraftFields>;
  trigger: UseFormTrigger<TFilingDraftFields>;
  errors: FieldErrors<TFilingDraftFields>["members"];
  leadCreditCode: string;
  disabled: boolean;
  onRemove: (index: number) => void;
};

/**
 * 附件1 三 as the official form has it: 企业情况 (单位名称 | 单位情况: 2022年产值、利税、已有科技资源与平台 |
 * 国内十强 | 省内十强) and 科教单位情况 (单位名称 | 学科优势 | 学科带头人), then 其他成员单位. Each table has a
 * fixed layout that fits its box (nothing hidden to the right); below ~720 px of room every member becomes
 * one card (a container query in globals.css), so a phone works the same list.
 *
 * Inputs carry their value in the server's HTML (defaultValue) so the saved draft shows before hydration.
 * Every control is named after its member ("某公司 国内十强"), so no two controls share a name.
 */
export function MemberTable(props: Props) {
  const t = useTranslations("filing");
  const { members } = props;
  if (members.length === 0) return <p className="muted">{t("noMembers")}</p>;
  const indexed = members.map((m, index) => ({ m, index }));
  const g = groupMembers(indexed, (r) => r.m.type);
  return (
    <div className="member-groups">
      <MemberGroup {...props} kind="enterprises" rows={g.enterprises} />
      <MemberGroup {...props} kind="academia" rows={g.academia} />
      {g.others.length > 0 && <MemberGroup {...props} kind="others" rows={g.others} />}
      <p className="muted small">{t("unitNote")}</p>
    </div>
  );
}

function MemberGroup(props: Props & { kind: "enterprises" | "academia" | "others"; rows: { m: Row; index: number }[] }) {
  const t = useTranslations("filing");
  const d = useTranslations("alliances.detail");
  const { kind, rows } = props;
  const headId = `members-${kind}-h`;
  const heading = kind === "enterprises" ? d("enterprises") : kind === "academia" ? d("academia") : t("others");
  return (
    <section className="member-group" aria-labelledby={headId}>
      <h3 id={headId}>{t("groupHeading", { heading, count: rows.length })}</h3>
      {rows.length === 0 ? (
        <p className="muted small">{t("noneInGroup")}</p>
      ) : (
        <table className={`members members-${kind}`} aria-labelledby={headId}>
          <colgroup>
            {kind === "enterprises" && (
              <>
                <col className="c-name" />
                <col className="c-status" />
                <col className="c-flag" />
                <col className="c-flag" />
                <col className="c-op" />
              </>
            )}
            {kind === "academia" && (
              <>
                <col className="c-name" />
                <col className="c-wide" />
                <col className="c-leader" />
                <col className="c-op" />
              </>
            )}
            {kind === "others" && (
              <>
                <col className="c-name" />
                <col className="c-wide" />
                <col className="c-op" />
              </>
            )}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t("orgName")}</th>
              {kind === "enterprises" && (
                <>
                  <th scope="col">{t("enterpriseStatus")}</th>
                  <th scope="col" className="c-flag">
                    {t("nationalTop10")}
                  </th>
                  <th scope="col" className="c-flag">
                    {t("provincialTop10")}
                  </th>
                </>
              )}
              {kind === "academia" && (
                <>
                  <th scope="col">{t("discipline")}</th>
                  <th scope="col">{t("leader")}</th>
                </>
              )}
              {kind === "others" && <th scope="col">{t("resources")}</th>}
              <th scope="col">
                <span className="sr-only">{t("operations")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ m, index }) => (
              <MemberRow key={m.id} {...props} m={m} i={index} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MemberRow({ m, i, kind, ...props }: Props & { m: Row; i: number; kind: "enterprises" | "academia" | "others" }) {
  const t = useTranslations("filing");
  const tr = useTranslations("allianceRoles");
  const tc = useTranslations("chain");
  const to = useTranslations("orgTypes");
  const { errors, disabled } = props;
  const noteId = useNoteId(`member:${m.creditCode}`);
  // Each change re-checks its own row so no stale error stays.
  const register: typeof props.register = (name, options) =>
    props.register(name, { ...options, onChange: () => void props.trigger(name.split(".").slice(0, 2).join(".") as `members.${number}`) });
  const err = (f: keyof TMemberInput) => errors?.[i]?.[f]?.message;
  // Ids from the credit code (unique in the list): field-array ids are random and differ between server and browser.
  const base = `m-${m.creditCode}`;
  const described = (f: keyof TMemberInput) => [err(f) ? `${base}-${f}-err` : "", noteId ?? ""].filter(Boolean).join(" ") || undefined;
  // Plain functions, not components: a component defined during render would remount (and re-announce) each time.
  const label = (f: string, text: string, cardOnly = false) => (
    <label htmlFor={`${base}-${f}`} className={cardOnly ? "cell-label card-only" : "cell-label"}>
      <span className="sr-only">{m.name} </span>
      {text}
    </label>
  );
  const error = (f: keyof TMemberInput) =>
    err(f) ? (
      <div className="error" id={`${base}-${f}-err`} role="alert">
        {err(f)}
      </div>
    ) : null;
  const enterprise = kind === "enterprises";
  return (
    <tr data-testid={`member-${m.creditCode}`}>
      <td className="c-name">
        <div className="member-name">
          {i + 1}. {m.name}
        </div>
        <div className="muted small">
          <span className="nowrap">{to(m.type)}</span> <code className="nowrap">{m.creditCode}</code>
        </div>
        {error("creditCode")}
        <div className="cell-field">
          {label("role", t("role"))}
          <select id={`${base}-role`} disabled={disabled} defaultValue={m.role} aria-describedby={described("role")} {...register(`members.${i}.role`)}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </div>
        {enterprise && (
          <div className="cell-field">
            {label("chainPosition", `${t("chain")} *`)}
            <select
              id={`${base}-chainPosition`}
              disabled={disabled}
              defaultValue={m.chainPosition ?? ""}
              aria-invalid={err("chainPosition") ? true : undefined}
              aria-describedby={described("chainPosition")}
              {...register(`members.${i}.chainPosition`, orNull)}
            >
              <option value="">{t("choose")}</option>
              {CHAIN_POSITIONS.map((c) => (
                <option key={c} value={c}>
                  {tc(c)}
                </option>
              ))}
            </select>
            {error("chainPosition")}
          </div>
        )}
        <div className="cell-field">
          {label("contactEmail", t("contactEmail"))}
          <input
            id={`${base}-contactEmail`}
            type="email"
            inputMode="email"
            autoComplete="off"
            maxLength={100}
            disabled={disabled}
            defaultValue={m.contactEmail ?? ""}
            aria-invalid={err("contactEmail") ? true : undefined}
            aria-describedby={[described("contactEmail"), `${base}-contactEmail-hint`].filter(Boolean).join(" ")}
            {...register(`members.${i}.contactEmail`)}
          />
          <span id={`${base}-contactEmail-hint`} className="sr-only">
            {t("contactEmailHint")}
          </span>
          {error("contactEmail")}
        </div>
        <InlineNotes path={`member:${m.creditCode}`} />
      </td>
      {enterprise && (
        <>
          <td>
            <div className="figures">
              <div className="cell-field">
                {label("outputValue2022", t("outputShort"))}
                <span className="with-unit">
                  <input
                    id={`${base}-outputValue2022`}
                    type="number"
                    step="0.01"
                    inputMode="decimal"
                    className="num"
                    disabled={disabled}
                    defaultValue={m.outputValue2022 ?? ""}
                    aria-invalid={err("outputValue2022") ? true : undefined}
                    aria-describedby={described("outputValue2022")}
                    {...register(`members.${i}.outputValue2022`, wan)}
                  />
                  <span aria-hidden="true">{t("unitWan")}</span>
                </span>
                {error("outputValue2022")}
              </div>
              <div className="cell-field">
                {label("profitTax2022", t("profitTaxShort"))}
                <span className="with-unit">
                  <input
                    id={`${base}-profitTax2022`}
                    type="number"
                    step="0.01"
                    inputMode="decimal"
                    className="num"
                    disabled={disabled}
                    defaultValue={m.profitTax2022 ?? ""}
                    aria-invalid={err("profitTax2022") ? true : undefined}
                    aria-describedby={described("profitTax2022")}
                    {...register(`members.${i}.profitTax2022`, wan)}
                  />
                  <span aria-hidden="true">{t("unitWan")}</span>
                </span>
                {error("profitTax2022")}
              </div>
            </div>
            <div className="cell-field">
              {label("resources", t("resources"))}
              <textarea
                id={`${base}-resources`}
                rows={2}
                disabled={disabled}
                defaultValue={m.resources ?? ""}
                aria-invalid={err("resources") ? true : undefined}
                aria-describedby={described("resources")}
                {...register(`members.${i}.resources`)}
              />
              {error("resources")}
            </div>
          </td>
          <td className="c-flag">
            <input
              id={`${base}-nationalTop10`}
              type="checkbox"
              disabled={disabled}
              defaultChecked={Boolean(m.nationalTop10)}
              {...register(`members.${i}.nationalTop10`)}
            />
            {label("nationalTop10", t("isNationalTop10"), true)}
          </td>
          <td className="c-flag">
            <input
              id={`${base}-provincialTop10`}
              type="checkbox"
              disabled={disabled}
              defaultChecked={Boolean(m.provincialTop10)}
              {...register(`members.${i}.provincialTop10`)}
            />
            {label("provincialTop10", t("isProvincialTop10"), true)}
          </td>
        </>
      )}
      {kind === "academia" && (
        <>
          <td>
            {label("disciplineStrengths", t("discipline"), true)}
            <textarea
              id={`${base}-disciplineStrengths`}
              rows={2}
              disabled={disabled}
              defaultValue={m.disciplineStrengths ?? ""}
              aria-invalid={err("disciplineStrengths") ? true : undefined}
              aria-describedby={described("disciplineStrengths")}
              {...register(`members.${i}.disciplineStrengths`)}
            />
            {error("disciplineStrengths")}
          </td>
          <td>
            {label("disciplineLeader", t("leader"), true)}
            <input
              id={`${base}-disciplineLeader`}
              type="text"
              disabled={disabled}
              defaultValue={m.disciplineLeader ?? ""}
              aria-invalid={err("disciplineLeader") ? true : undefined}
              aria-describedby={described("disciplineLeader")}
              {...register(`members.${i}.disciplineLeader`)}
            />
            {error("disciplineLeader")}
          </td>
        </>
      )}
      {kind === "others" && (
        <td>
          {label("resources", t("resources"), true)}
          <textarea
            id={`${base}-resources`}
            rows={2}
            disabled={disabled}
            defaultValue={m.resources ?? ""}
            aria-invalid={err("resources") ? true : undefined}
            aria-describedby={described("resources")}
            {...register(`members.${i}.resources`)}
          />
          {error("resources")}
        </td>
      )}
      <td className="c-op">
        {m.creditCode !== props.leadCreditCode && !disabled && (
          <button type="button" className="secondary" aria-label={`${t("remove")} ${m.name}`} onClick={() => props.onRemove(i)}>
            {t("remove")}
          </button>
        )}
      </td>
    </tr>
  );
}
