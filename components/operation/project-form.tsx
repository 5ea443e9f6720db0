"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextAreaField, optionalNumber } from "./fields";
import { ZProjectInput, type TProjectInput } from "@/lib/validation/operation";
import { recommendProjectAction } from "@/app/(portal)/alliances/[id]/activities/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";

/** 九（一）: 在省科技发展计划中优先支持创新联盟推荐项目. */
export function ProjectForm({ allianceId, year, leadUnit }: { allianceId: string; year: number; leadUnit: string }) {
  // A fresh form after each save (remount): reset() would leave the budget box as typed.
  const [round, setRound] = useState(0);
  return <ProjectFormInner key={round} allianceId={allianceId} year={year} leadUnit={leadUnit} saved={round > 0} onSaved={() => setRound((r) => r + 1)} />;
}

function ProjectFormInner({
  allianceId,
  year,
  leadUnit,
  saved,
  onSaved,
}: {
  allianceId: string;
  year: number;
  leadUnit: string;
  saved: boolean;
  onSaved: () => void;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TProjectInput>(
    { allianceId, year },
    { resolver: zodResolver(ZProjectInput), defaultValues: { title: "", summary: "", leadUnit } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="project-form-h"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => recommendProjectAction(v))) {
          onSaved();
          router.refresh();
        }
      })}
    >
      <h3 id="project-form-h">新增推荐项目</h3>
      <p className="muted small">省科技发展计划优先支持创新联盟推荐项目（九（一））。服务中心在项目列入计划后标记“已立项”，已立项的项目不能删除。</p>
      <FormSummary summary={summary} details={details} />
      {saved && !summary && (
        <p className="alert ok" role="status">
          项目已推荐。
        </p>
      )}
      <div className="two">
        <TextField label="推荐年度 *" type="text" inputMode="numeric" error={e.year?.message} {...register("year", { valueAsNumber: true })} />
        <TextField label="项目名称 *" error={e.title?.message} {...register("title")} />
        <TextField label="项目牵头单位 *" error={e.leadUnit?.message} {...register("leadUnit")} />
        <TextField
          label="预算（万元）*"
          type="text"
          inputMode="decimal"
          hint="最多保留两位小数"
          error={e.budget?.message}
          {...register("budget", optionalNumber)}
        />
      </div>
      <TextAreaField label="项目简介 *" rows={3} hint="研究内容、预期成果及参与的联盟成员" error={e.summary?.message} {...register("summary")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          推荐项目
        </button>
      </div>
    </form>
  );
}
