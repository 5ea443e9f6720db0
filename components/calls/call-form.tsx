"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ZCallCreateInput, type TCallCreateInput } from "@/lib/validation/calls";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { openCallAction } from "@/app/(portal)/calls/actions";

export function CallForm({ industries }: { industries: { code: string; name: string }[] }) {
  const t = useTranslations("calls");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<TCallCreateInput>({
    resolver: zodResolver(ZCallCreateInput),
    defaultValues: { industryCode: industries[0]?.code ?? "", title: "", description: "", deadline: "" },
  });
  const { run, summary } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const created = await run(() => openCallAction(values));
        if (created) router.push(`/calls/${created.id}`);
      })}
    >
      {summary && (
        <div className="alert error" role="alert">
          {summary}
        </div>
      )}
      <div className="field">
        <label htmlFor="industryCode">{t("industry")}</label>
        <select id="industryCode" aria-invalid={e.industryCode ? true : undefined} {...register("industryCode")}>
          {industries.map((i) => (
            <option key={i.code} value={i.code}>
              {i.name}
            </option>
          ))}
        </select>
        {e.industryCode && (
          <div className="error" role="alert">
            {e.industryCode.message}
          </div>
        )}
      </div>
      <TextField label={t("title")} error={e.title?.message} {...register("title")} />
      <div className="field">
        <label htmlFor="description">{t("description")}</label>
        <textarea id="description" rows={4} {...register("description")} />
        {e.description && (
          <div className="error" role="alert">
            {e.description.message}
          </div>
        )}
      </div>
      <TextField label={t("deadline")} type="date" error={e.deadline?.message} {...register("deadline")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
