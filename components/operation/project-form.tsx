"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ZProjectInput, type TProjectInput } from "@/lib/validation/operation";
import { recommendProjectAction } from "@/app/(portal)/alliances/[id]/activities/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

/** 九（一）: 在省科技发展计划中优先支持创新联盟推荐项目. */
export function ProjectForm({ allianceId, year, leadUnit }: { allianceId: string; year: number; leadUnit: string }) {
  const router = useRouter();
  const blank = { allianceId, year, title: "", summary: "", leadUnit, budget: Number.NaN };
  const { register, handleSubmit, setError, reset, formState } = useForm<TProjectInput>({ resolver: zodResolver(ZProjectInput), defaultValues: blank });
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="project-form-h"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => recommendProjectAction(v))) {
          reset(blank);
          router.refresh();
        }
      })}
    >
      <h3 id="project-form-h">推荐项目</h3>
      <p className="muted small">省科技发展计划优先支持创新联盟推荐项目（九（一））。服务中心在项目列入计划后标记“已立项”，已立项的项目不能删除。</p>
      <FormSummary summary={summary} details={details} />
      {done && <p className="alert ok" role="status">项目已推荐。</p>}
      <div className="two">
        <TextField label="推荐年度 *" type="number" inputMode="numeric" error={e.year?.message} {...register("year", { valueAsNumber: true })} />
        <TextField label="项目名称 *" error={e.title?.message} {...register("title")} />
        <TextField label="项目牵头单位 *" error={e.leadUnit?.message} {...register("leadUnit")} />
        <TextField label="预算（万元）*" type="number" min={0} step="0.01" inputMode="decimal" hint="最多保留两位小数" error={e.budget?.message} {...register("budget", { valueAsNumber: true })} />
      </div>
      <TextAreaField label="项目简介 *" rows={3} hint="研究内容、预期成果及参与的联盟成员" error={e.summary?.message} {...register("summary")} />
      <div className="actions"><button type="submit" disabled={formState.isSubmitting}>推荐项目</button></div>
    </form>
  );
}
