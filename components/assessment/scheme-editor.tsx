"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ZSchemeInput, type TSchemeInput } from "@/lib/validation/assessment";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { createSchemeAction, updateSchemeAction } from "@/app/(portal)/assessment/actions";
import { Cell, SchemeRuleFields, ariaFor, errorAt } from "./scheme-rule-fields";

interface Props {
  initial: TSchemeInput;
  /** Present when editing a saved draft. */
  saved?: { id: string; version: number };
}

const num = { valueAsNumber: true } as const;
const BANDS = [
  { key: "EXCELLENT", label: "优秀" },
  { key: "GOOD", label: "良好" },
  { key: "PASS", label: "合格" },
] as const;

/** Sum of weights in hundredths, exact like the server's check (33.33 + 33.33 + 33.34 = 100). */
function weightSum(indicators: { weight?: number }[] | undefined): number {
  return (indicators ?? []).reduce((acc, i) => acc + (Number.isFinite(i.weight) ? Math.round((i.weight ?? 0) * 100) : 0), 0) / 100;
}

/** The year's scheme: title, due date, the indicator table and the grade bands (八（四）). */
export function SchemeEditor({ initial, saved }: Props) {
  const router = useRouter();
  const form = useForm<TSchemeInput>({ resolver: zodResolver(ZSchemeInput), defaultValues: initial, mode: "onTouched" });
  const { register, control, setValue, handleSubmit, setError, formState } = form;
  const indicators = useFieldArray({ control, name: "indicators" });
  const watched = useWatch({ control, name: "indicators" });
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors;
  const sum = weightSum(watched);
  const t = useTranslations("assessment");

  const submit = handleSubmit(async (v) => {
    if (saved) {
      const version = await run(() => updateSchemeAction({ ...v, ...saved }));
      if (version !== undefined) router.refresh();
    } else {
      const id = await run(() => createSchemeAction(v));
      if (id) router.push(`/assessment/schemes/${id}`);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <FormSummary summary={summary} details={details} />
      {done && saved && (
        <p className="alert ok" role="status">
          方案已保存
        </p>
      )}
      <section className="card" aria-labelledby="basic-h">
        <h2 id="basic-h">基本信息</h2>
        <div className="two">
          <TextField label="考核年度 *" type="number" inputMode="numeric" error={e.year?.message} {...register("year", num)} />
          <TextField label="方案名称 *" error={e.title?.message} {...register("title")} />
          <TextField
            label="年度报告提交截止日期 *"
            type="date"
            hint="截止日当天 24 时前（北京时间）提交有效"
            error={e.reportDue?.message}
            {...register("reportDue")}
          />
          <TextField label={t("cutoffLabel")} type="date" hint={t("cutoffHint")} error={e.coverageCutoff?.message} {...register("coverageCutoff")} />
        </div>
      </section>

      <section className="card" aria-labelledby="ind-h">
        <h2 id="ind-h">考核指标</h2>
        <p className="muted small">
          每项指标的权重之和应为
          100。“按目标值比例”：填报数值达到目标值得满分，不足按比例计分；“分档计分”：数值达到某档起点即得该档分数；“人工评分”：由服务中心评分。
          “数据来源”选为自动统计时，联盟填报时按其在平台登记的活动（八（一））或推荐项目（九（一））自动计数。
        </p>
        <p aria-live="polite" className={sum === 100 ? "badge green" : "badge amber"} data-testid="weight-sum">
          权重合计 {sum}
        </p>
        {errorAt(e, "indicators") && (
          <div className="error-text" role="alert">
            {errorAt(e, "indicators")}
          </div>
        )}
        <div className="table-wrap">
          <table>
            <caption>考核指标及计分规则</caption>
            <thead>
              <tr>
                <th scope="col">代码</th>
                <th scope="col">名称</th>
                <th scope="col">单位</th>
                <th scope="col">权重</th>
                <th scope="col">计分方式</th>
                <th scope="col">计分参数</th>
                <th scope="col">数据来源</th>
                <th scope="col">
                  <span className="muted">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.fields.map((field, i) => {
                const n = i + 1;
                const at = (k: string) => errorAt(e, `indicators.${i}.${k}`);
                const manual = watched?.[i]?.rule?.kind === "manual";
                return (
                  <tr key={field.id}>
                    <td>
                      <Cell id={`ind-${i}-code`} error={at("code")}>
                        <input
                          id={`ind-${i}-code`}
                          aria-label={`第${n}项指标代码`}
                          style={{ width: "9.5em" }}
                          {...ariaFor(`ind-${i}-code`, at("code"))}
                          {...register(`indicators.${i}.code`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-name`} error={at("name")}>
                        <input
                          id={`ind-${i}-name`}
                          aria-label={`第${n}项指标名称`}
                          style={{ width: "7.5em" }}
                          {...ariaFor(`ind-${i}-name`, at("name"))}
                          {...register(`indicators.${i}.name`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-unit`} error={at("unit")}>
                        <input
                          id={`ind-${i}-unit`}
                          aria-label={`第${n}项指标单位`}
                          style={{ width: "4em" }}
                          {...ariaFor(`ind-${i}-unit`, at("unit"))}
                          {...register(`indicators.${i}.unit`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-weight`} error={at("weight")}>
                        <input
                          id={`ind-${i}-weight`}
                          aria-label={`第${n}项指标权重`}
                          type="number"
                          step="0.01"
                          min={0}
                          max={100}
                          style={{ width: "5em" }}
                          {...ariaFor(`ind-${i}-weight`, at("weight"))}
                          {...register(`indicators.${i}.weight`, num)}
                        />
                      </Cell>
                    </td>
                    <SchemeRuleFields index={i} control={control} register={register} setValue={setValue} errors={e} disabled={false} />
                    <td>
                      <Cell id={`ind-${i}-source`} error={at("source")}>
                        <select
                          id={`ind-${i}-source`}
                          style={{ width: "9em" }}
                          aria-label={`第${n}项指标数据来源`}
                          disabled={manual}
                          {...ariaFor(`ind-${i}-source`, at("source"))}
                          {...register(`indicators.${i}.source`, { setValueAs: (v: unknown) => (v ? v : undefined) })}
                        >
                          <option value="">联盟填报</option>
                          <option value="activities">统计已登记活动</option>
                          <option value="projects">统计推荐项目</option>
                        </select>
                      </Cell>
                    </td>
                    <td>
                      {indicators.fields.length > 1 && (
                        <button type="button" className="secondary small" onClick={() => indicators.remove(i)} aria-label={`删除第${n}项指标`}>
                          删除
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              indicators.append({ code: `IND_${indicators.fields.length + 1}`, name: "", unit: "项", weight: 0, rule: { kind: "linear", target: 1 } })
            }
          >
            增加指标
          </button>
        </p>
      </section>

      <section className="card" aria-labelledby="bands-h">
        <h2 id="bands-h">考核等级分数线</h2>
        <p className="muted small">总分达到分数线即评为该等级；低于“合格”分数线为“不合格”。连续两年考核不达标的联盟将被取消备案（八（四））。</p>
        <div className="two">
          {BANDS.map((b) => (
            <TextField
              key={b.key}
              label={`${b.label}（最低分）*`}
              type="number"
              step="0.01"
              min={0}
              max={100}
              error={errorAt(e, `gradeBands.${b.key}`)}
              {...register(`gradeBands.${b.key}`, num)}
            />
          ))}
        </div>
      </section>

      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {saved ? "保存修改" : "创建方案（草稿）"}
        </button>
      </div>
    </form>
  );
}
