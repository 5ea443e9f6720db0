"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ZJoinRequestInput, type TJoinRequestInput } from "@/lib/validation/membership";
import { CHAIN_POSITIONS, ORG_TYPES } from "@/lib/filing/codes";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { requestJoinAction } from "@/app/(portal)/alliances/[id]/members/actions";
import { CHAIN_LABEL, ORG_TYPE_LABEL, ROLE_LABEL } from "./labels";

const wan = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
const orNull = (v: unknown) => (v === "" ? null : v);

/** 附件2 第十七条: the filer submits a unit's application to join, for the council to decide. */
export function JoinForm({ allianceId }: { allianceId: string }) {
  const router = useRouter();
  const t = useTranslations("membership.join");
  const { register, handleSubmit, setError, reset, formState } = useRecordForm<TJoinRequestInput>(
    { allianceId },
    {
      resolver: zodResolver(ZJoinRequestInput),
      defaultValues: {
        kind: "JOIN",
        reason: "",
        member: {
          creditCode: "",
          name: "",
          type: "ENTERPRISE",
          role: "MEMBER",
          chainPosition: null,
          outputValue2022: null,
          profitTax2022: null,
          resources: "",
          nationalTop10: false,
          provincialTop10: false,
          disciplineStrengths: "",
          disciplineLeader: "",
        },
      },
    },
  );
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors.member;
  return (
    <form
      className="card no-print"
      noValidate
      aria-labelledby="join-h"
      data-testid="join-form"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => requestJoinAction(v))) {
          reset();
          router.refresh();
        }
      })}
    >
      <h2 id="join-h">{t("heading")}</h2>
      <p className="muted small">{t("intro")}</p>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("done")}
        </p>
      )}
      <div className="grid two">
        <TextField label={t("creditCode")} maxLength={24} error={e?.creditCode?.message} {...register("member.creditCode")} />
        <TextField label={t("orgName")} error={e?.name?.message} hint={t("orgNameHint")} {...register("member.name")} />
        <div className="field">
          <label htmlFor="join-type">{t("orgType")}</label>
          <select id="join-type" {...register("member.type")}>
            {ORG_TYPES.map((o) => (
              <option key={o} value={o}>
                {ORG_TYPE_LABEL[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="join-role">{t("role")}</label>
          <select id="join-role" aria-invalid={e?.role ? true : undefined} {...register("member.role")}>
            {(["MEMBER", "COUNCIL", "VICE_CHAIR"] as const).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          {e?.role && (
            <div className="error" role="alert">
              {e.role.message}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="join-chain">{t("chain")}</label>
          <select
            id="join-chain"
            aria-invalid={e?.chainPosition ? true : undefined}
            aria-describedby={e?.chainPosition ? "join-chain-error" : undefined}
            {...register("member.chainPosition", { setValueAs: orNull })}
          >
            <option value="">{t("notApplicable")}</option>
            {CHAIN_POSITIONS.map((c) => (
              <option key={c} value={c}>
                {CHAIN_LABEL[c]}
              </option>
            ))}
          </select>
          {e?.chainPosition && (
            <div className="error" id="join-chain-error" role="alert">
              {e.chainPosition.message}
            </div>
          )}
        </div>
        <TextField
          label={t("output")}
          type="number"
          step="0.01"
          error={e?.outputValue2022?.message}
          {...register("member.outputValue2022", { setValueAs: wan })}
        />
        <TextField
          label={t("profitTax")}
          type="number"
          step="0.01"
          error={e?.profitTax2022?.message}
          {...register("member.profitTax2022", { setValueAs: wan })}
        />
        <TextField label={t("resources")} error={e?.resources?.message} {...register("member.resources")} />
        <TextField label={t("discipline")} error={e?.disciplineStrengths?.message} {...register("member.disciplineStrengths")} />
        <TextField label={t("leader")} error={e?.disciplineLeader?.message} {...register("member.disciplineLeader")} />
      </div>
      <fieldset className="field">
        <legend>{t("standing")}</legend>
        <label>
          <input type="checkbox" {...register("member.nationalTop10")} /> {t("nationalTop10")}
        </label>{" "}
        <label>
          <input type="checkbox" {...register("member.provincialTop10")} /> {t("provincialTop10")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="join-reason">{t("reason")}</label>
        <textarea
          id="join-reason"
          rows={2}
          aria-invalid={formState.errors.reason ? true : undefined}
          aria-describedby={formState.errors.reason ? "join-reason-error" : undefined}
          {...register("reason")}
        />
        {formState.errors.reason && (
          <div className="error" id="join-reason-error" role="alert">
            {formState.errors.reason.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
