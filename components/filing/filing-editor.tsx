"use client";

import { errorCodeOf } from "@/lib/errors/app-error";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { evaluateFiling } from "@/lib/rules/filing-rules";
import { memberTotals } from "@/lib/rules/member-totals";
import { toRuleInput } from "@/lib/filing/to-form";
import { labelOf } from "./field-label";
import type { TFilingDraftFields, ZFilingStrictFields } from "@/lib/validation/filing";
import type { z } from "@/lib/validation/zod";

type TFilingStrictFields = z.output<typeof ZFilingStrictFields>;
import { TextField } from "@/components/ui/text-field";
import { formatDateTime, formatTime } from "@/components/ui/format";
import { saveDraftAction } from "@/app/(portal)/alliances/actions";
import { AddMember } from "./add-member";
import { ImportMembers } from "./import-members";
import { MemberTable } from "./member-table";
import { PolicyPanel } from "./policy-panel";
import { useAutosave } from "./use-autosave";
import { InlineNotes, useNoteIds } from "@/components/review/inline-notes";

export interface EditorProps {
  allianceId: string;
  version: number;
  initial: TFilingDraftFields;
  kind: "ALLIANCE" | "CONSORTIUM";
  industry: { code: string; /** industryName(): the name in the page language. */ shownName: string; clause: string; subFields: string[] };
  leadCreditCode: string;
  attachmentKinds: DocumentKind[];
  editable: boolean;
}

const chars = (s: string) => [...s].length;

const loadResolver = () => import("./filing-resolver").then((m) => m.filingResolver);
// The same resolver every time, fetched once: validation waits for it only if the user leaves a field before the
// browser was idle long enough to fetch it. If it cannot be fetched (the network went away), the field shows no
// message this time and the next check tries again; the draft still saves and the server still validates it.
const lazyResolver: Resolver<TFilingDraftFields, unknown, TFilingStrictFields> = async (values, context, options) => {
  const resolve = await loadResolver().catch(() => null);
  return resolve ? resolve(values, context, options) : { values: {}, errors: {} };
};

/** Field errors as [path, message] pairs, nested member rows included. */
function flattenErrors(errors: unknown, prefix = ""): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const e = errors as { message?: unknown; type?: unknown };
  if (typeof e.message === "string" && e.type !== undefined) return [[prefix, e.message]];
  return Object.entries(errors).flatMap(([k, v]) => (k === "ref" ? [] : flattenErrors(v, prefix ? `${prefix}.${k}` : k)));
}

export function FilingEditor(props: EditorProps) {
  const t = useTranslations("filing");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const backupKey = `filing-draft:${props.allianceId}`;
  // The form holds the draft as typed; the resolver's messages follow the submission rules (its output is what
  // submission accepts), while saving never waits for them (drafts keep everything).
  const form = useForm<TFilingDraftFields, unknown, TFilingStrictFields>({
    resolver: lazyResolver,
    mode: "onTouched",
    defaultValues: props.initial,
  });
  const { register, control, formState, reset } = form;
  const members = useFieldArray({ control, name: "members" });
  const values = useWatch({ control }) as TFilingDraftFields;

  const save = useCallback(
    async (v: TFilingDraftFields, version: number) => {
      const r = await saveDraftAction({ ...v, allianceId: props.allianceId, version });
      if (r.ok) return { ok: true as const, version: r.data.version };
      if (r.fieldErrors)
        for (const [k, msgs] of Object.entries(r.fieldErrors))
          form.setError(k as Path<TFilingDraftFields>, { type: "server", message: msgs.join(t("messageSeparator")) });
      return { ok: false as const, code: r.code };
    },
    [props.allianceId, form],
  );
  const autosave = useAutosave({ values, initialVersion: props.version, backupKey, save });

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void loadResolver());
  }, []);

  const [backup, setBackup] = useState<{ at: string; values: TFilingDraftFields } | null>(null);
  useEffect(() => {
    const raw = window.localStorage.getItem(backupKey);
    if (!raw) return;
    const parsed = JSON.parse(raw) as { at: string; version: number; values: TFilingDraftFields };
    if (parsed.version >= props.version && JSON.stringify(parsed.values) !== JSON.stringify(props.initial)) setBackup(parsed);
    else window.localStorage.removeItem(backupKey);
  }, [backupKey, props.version, props.initial]);

  const results = useMemo(
    () =>
      evaluateFiling(
        toRuleInput(values, {
          kind: props.kind,
          industryCode: props.industry.code,
          leadCreditCode: props.leadCreditCode,
          attachmentKinds: props.attachmentKinds,
        }),
      ),
    [values, props.kind, props.industry.code, props.leadCreditCode, props.attachmentKinds],
  );
  const totals = memberTotals(values.members ?? []);
  const goalLength = chars(values.innovationGoal ?? "");
  const e = formState.errors;
  const disabled = !props.editable;
  const s = autosave.state;
  const problems = flattenErrors(formState.errors);
  const noteIds = useNoteIds();
  type TopField = Exclude<keyof TFilingDraftFields, "members" | "innovationGoal" | "subField">;
  // The saved value goes into the server's HTML (defaultValue), so the draft shows before the script runs:
  // no empty form, no jump when it fills in.
  // Long free text (up to 100 and 200 characters) wraps across the form's width instead of hiding in one line.
  const area = (name: "technicalField" | "address", label: string) => {
    const msg = e[name]?.message;
    return (
      <div className="field wide">
        <label htmlFor={name}>{label}</label>
        <textarea
          id={name}
          rows={2}
          defaultValue={props.initial[name]}
          aria-invalid={msg ? true : undefined}
          aria-describedby={[msg ? `${name}-error` : "", noteIds(name) ?? ""].filter(Boolean).join(" ") || undefined}
          {...register(name)}
        />
        {msg && (
          <div className="error" id={`${name}-error`} role="alert">
            {msg}
          </div>
        )}
        <InlineNotes path={name} />
      </div>
    );
  };
  const text = (name: TopField, label: string, extra: { type?: string; inputMode?: "numeric" } = {}) => (
    <div>
      <TextField label={label} {...extra} defaultValue={props.initial[name]} error={e[name]?.message} describedBy={noteIds(name)} {...register(name)} />
      <InlineNotes path={name} />
    </div>
  );

  return (
    <div className="editor-grid">
      <form
        className="editor"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void autosave.flush();
        }}
      >
        {backup && (
          <div className="alert warn" role="alert">
            {t("localRestore", { time: formatDateTime(new Date(backup.at)) })}{" "}
            <button
              type="button"
              onClick={() => {
                reset(backup.values, { keepDefaultValues: true });
                setBackup(null);
              }}
            >
              {t("restore")}
            </button>{" "}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                window.localStorage.removeItem(backupKey);
                setBackup(null);
              }}
            >
              {t("discard")}
            </button>
          </div>
        )}
        {s.kind === "conflict" && (
          <div className="alert error" role="alert">
            {t("conflict")}{" "}
            <button type="button" onClick={() => window.location.reload()}>
              {t("reload")}
            </button>
          </div>
        )}
        {problems.length > 0 && (
          <div className="alert error" role="alert" data-testid="form-error-summary">
            {tErr("summary", { count: problems.length })}
            <ul>
              {problems.map(([path, msg]) => (
                <li key={path}>{t("fieldProblem", { field: labelOf(path, values, t), message: msg })}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="savebar no-print" aria-live="polite" data-testid="save-status">
          {s.kind === "saving"
            ? s.slow
              ? t("savingSlow")
              : t("saving")
            : s.kind === "saved"
              ? t("saved", { time: formatTime(s.at) })
              : s.kind === "error"
                ? t("autosaveFailed", { reason: tErr(errorCodeOf(s.code)) })
                : autosave.dirty
                  ? t("unsaved")
                  : ""}
          {props.editable && (
            <button type="submit" disabled={s.kind === "saving"}>
              {t("save")}
            </button>
          )}
          {props.editable && (
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                if (await autosave.flush()) router.push(`/alliances/${props.allianceId}/submit`);
              }}
            >
              {t("next")}
            </button>
          )}
        </div>

        <fieldset className="card" disabled={disabled}>
          <legend>
            <h2>{t("s1")}</h2>
          </legend>
          {text("name", `${t("name")} *`)}
          <p className="muted small">{t("industryWithClause", { name: props.industry.shownName, clause: props.industry.clause })}</p>
          <div className="field">
            <label htmlFor="subField">{t("subField")}</label>
            <input id="subField" type="text" list="subfields" defaultValue={props.initial.subField} {...register("subField")} />
            <datalist id="subfields">
              {props.industry.subFields.map((f) => (
                <option key={f} value={f} />
              ))}
            </datalist>
          </div>
          <div className="two">
            {text("agreementEffectiveOn", `${t("agreementEffectiveOn")} *`, { type: "date" })}
            {area("technicalField", `${t("technicalField")} *`)}
            {text("chairName", `${t("chairName")} *`)}
            {text("hostUnitName", `${t("hostUnitName")} *`)}
            {area("address", `${t("address")} *`)}
            {text("postcode", `${t("postcode")} *`, { inputMode: "numeric" })}
            {text("contactName", `${t("contactName")} *`)}
            {text("phone", `${t("phone")} *`, { type: "tel" })}
            {text("fax", t("fax"), { type: "tel" })}
          </div>
          <p data-testid="member-totals">
            <strong>{t("totals", { ...totals })}</strong>
          </p>
          <p className="muted small">{t("totalsNote")}</p>
          <InlineNotes path="members" />
        </fieldset>

        <fieldset className="card" disabled={disabled}>
          <legend>
            <h2>{t("s2")}</h2>
          </legend>
          <div className="field">
            <label htmlFor="innovationGoal">{t("goal")} *</label>
            <textarea
              id="innovationGoal"
              rows={8}
              defaultValue={props.initial.innovationGoal}
              aria-invalid={e.innovationGoal ? true : undefined}
              aria-describedby={["goal-count", e.innovationGoal ? "goal-error" : "", noteIds("innovationGoal") ?? ""].filter(Boolean).join(" ")}
              {...register("innovationGoal")}
            />
            <div id="goal-count" className={goalLength > 500 ? "error" : "hint"} data-testid="goal-count">
              {t("goalCount", { count: goalLength })}
              {goalLength > 500 ? `${t("clauseSeparator")}${t("goalOver", { over: goalLength - 500 })}` : ""}
            </div>
            {e.innovationGoal && (
              <div className="error" id="goal-error" role="alert">
                {e.innovationGoal.message}
              </div>
            )}
            <InlineNotes path="innovationGoal" />
          </div>
        </fieldset>

        <section className="card" aria-labelledby="s3-h">
          <h2 id="s3-h">{t("s3")}</h2>
          {props.editable && (
            <p className="no-print small">
              {/* With dozens of members the add box is many Tab presses away: one link jumps there. */}
              <a
                href="#add-h"
                onClick={(ev) => {
                  ev.preventDefault();
                  const el = document.getElementById("new-code");
                  el?.scrollIntoView({ block: "center" });
                  el?.focus();
                }}
              >
                {t("jumpToAdd")}
              </a>
            </p>
          )}
          <MemberTable
            members={members.fields.map((f, i) => ({ ...f, ...(values.members?.[i] ?? {}) }))}
            register={register}
            trigger={form.trigger}
            errors={e.members}
            leadCreditCode={props.leadCreditCode}
            disabled={disabled}
            onRemove={(i) => members.remove(i)}
          />
          {props.editable && <AddMember existingCodes={(values.members ?? []).map((m) => m.creditCode)} onAdd={(m) => members.append(m)} />}
          {props.editable && (
            <ImportMembers
              allianceId={props.allianceId}
              existingCodes={(values.members ?? []).map((m) => m.creditCode)}
              onRows={(rows) => members.append(rows)}
            />
          )}
        </section>
      </form>
      <PolicyPanel results={results} />
    </div>
  );
}
