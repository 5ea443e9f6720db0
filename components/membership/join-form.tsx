"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZJoinRequestInput, type TJoinRequestInput } from "@/lib/validation/membership";
import { CHAIN_POSITIONS, ORG_TYPES } from "@/lib/validation/filing";
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
      <h2 id="join-h">申请成员加入</h2>
      <p className="muted small">
        依据附件2 第十七条：单位提交加入申请，经秘书处初审后报理事会审查批准。提交后系统按加入后的成员名单检查组建条件（六（二）1）。
      </p>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          已提交加入申请，请在理事会作出决定后登记决定。
        </p>
      )}
      <div className="grid two">
        <TextField label="统一社会信用代码 *" maxLength={24} error={e?.creditCode?.message} {...register("member.creditCode")} />
        <TextField label="单位名称 *" error={e?.name?.message} hint="已在平台登记的单位以登记名称为准" {...register("member.name")} />
        <div className="field">
          <label htmlFor="join-type">单位类型 *</label>
          <select id="join-type" {...register("member.type")}>
            {ORG_TYPES.map((o) => (
              <option key={o} value={o}>
                {ORG_TYPE_LABEL[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="join-role">联盟职务 *</label>
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
          <label htmlFor="join-chain">产业链位置（企业必填）</label>
          <select
            id="join-chain"
            aria-invalid={e?.chainPosition ? true : undefined}
            aria-describedby={e?.chainPosition ? "join-chain-error" : undefined}
            {...register("member.chainPosition", { setValueAs: orNull })}
          >
            <option value="">不适用</option>
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
          label="2022年产值（万元）"
          type="number"
          step="0.01"
          error={e?.outputValue2022?.message}
          {...register("member.outputValue2022", { setValueAs: wan })}
        />
        <TextField
          label="2022年利税（万元）"
          type="number"
          step="0.01"
          error={e?.profitTax2022?.message}
          {...register("member.profitTax2022", { setValueAs: wan })}
        />
        <TextField label="已有科技资源与平台" error={e?.resources?.message} {...register("member.resources")} />
        <TextField label="学科优势（高校、科研院所）" error={e?.disciplineStrengths?.message} {...register("member.disciplineStrengths")} />
        <TextField label="学科带头人（高校、科研院所）" error={e?.disciplineLeader?.message} {...register("member.disciplineLeader")} />
      </div>
      <fieldset className="field">
        <legend>行业地位</legend>
        <label>
          <input type="checkbox" {...register("member.nationalTop10")} /> 国内十强
        </label>{" "}
        <label>
          <input type="checkbox" {...register("member.provincialTop10")} /> 省内十强
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="join-reason">申请理由 *</label>
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
          提交加入申请
        </button>
      </div>
    </form>
  );
}
