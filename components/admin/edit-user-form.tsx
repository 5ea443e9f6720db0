"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import { ZUserUpdateInput, type TUserUpdateInput } from "@/lib/validation/user";
import type { z } from "@/lib/validation/zod";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { updateUserAction } from "@/app/(portal)/admin/users/actions";
import { UserFormAlerts, UserProfileFields, type UserFormOptions } from "./user-profile-fields";

export function EditUserForm({ options, username, initial }: { options: UserFormOptions; username: string; initial: TUserUpdateInput }) {
  const t = useTranslations("users");
  const router = useRouter();
  // The account's id and version are the latest render's (after a save, router.refresh() brings the new version).
  const form = useRecordForm<TUserUpdateInput, unknown, z.output<typeof ZUserUpdateInput>>(
    { id: initial.id, version: initial.version },
    { resolver: zodResolver(ZUserUpdateInput), defaultValues: initial },
  );
  const { register, handleSubmit, setError, formState } = form;
  const { run, summary, done } = useActionForm(setError);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const updated = await run(() => updateUserAction(values));
    if (updated) router.refresh();
  });

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <UserFormAlerts summary={summary} errors={errors} done={done} />
        <p>
          <strong>{t("usernameLabel", { label: t("username") })}</strong>
          {username}
        </p>
        <TextField label={t("displayName")} error={errors.displayName?.message} {...register("displayName")} />
        <UserProfileFields options={options} rolesNote={`${t("dutyNote")} ${t("sessionsEnd")}`} />
        <label>
          <input type="checkbox" {...register("active")} /> {t("activeLabel")}
        </label>
        <div className="actions">
          <button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("save")}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
