"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider, useForm } from "react-hook-form";
import { ZUserCreateInput, type TUserCreateInput } from "@/lib/validation/user";
import type { z } from "@/lib/validation/zod";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createUserAction } from "@/app/(portal)/admin/users/actions";
import { UserFormAlerts, UserProfileFields, type UserFormOptions } from "./user-profile-fields";

const EMPTY: TUserCreateInput = { username: "", password: "", displayName: "", roles: [], divisionId: "", organizationId: "", phone: "", email: "" };

export function CreateUserForm({ options }: { options: UserFormOptions }) {
  const t = useTranslations("users");
  const router = useRouter();
  const form = useForm<TUserCreateInput, unknown, z.output<typeof ZUserCreateInput>>({ resolver: zodResolver(ZUserCreateInput), defaultValues: EMPTY });
  const { register, handleSubmit, setError, getValues, formState } = form;
  const { run, summary, done } = useActionForm(setError);
  const errors = formState.errors;

  // The server parses the form as typed (its own copy of the schema), so the values go as entered.
  const onSubmit = handleSubmit(async () => {
    const created = await run(() => createUserAction(getValues()));
    if (created) router.push(`/admin/users/${created.id}`);
  });

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <UserFormAlerts summary={summary} errors={errors} done={done} />
        <TextField label={t("username")} autoComplete="off" error={errors.username?.message} {...register("username")} />
        <TextField label={t("displayName")} error={errors.displayName?.message} {...register("displayName")} />
        <TextField
          label={t("initialPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("initialPasswordHint")}
          error={errors.password?.message}
          {...register("password")}
        />
        <UserProfileFields options={options} rolesNote={t("dutyNote")} />
        <div className="actions">
          <button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("create")}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
