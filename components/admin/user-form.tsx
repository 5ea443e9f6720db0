"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ROLES } from "@/lib/auth/roles";
import { ZUserCreateInput, ZUserUpdateInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createUserAction, updateUserAction } from "@/app/(portal)/admin/users/actions";

interface Options {
  divisions: { id: string; name: string }[];
  organizations: { id: string; name: string; creditCode: string }[];
}

interface Values {
  id?: string;
  version?: number;
  username: string;
  password?: string;
  displayName: string;
  roles: string[];
  divisionId: string | null;
  organizationId: string | null;
  phone: string;
  email: string;
  active: boolean;
}

export function UserForm({ mode, options, initial }: { mode: "create" | "edit"; options: Options; initial?: Values }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const router = useRouter();
  const schema = mode === "create" ? ZUserCreateInput : ZUserUpdateInput;
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: initial ?? { username: "", password: "", displayName: "", roles: [], divisionId: "", organizationId: "", phone: "", email: "", active: true },
  });
  const { run, summary, done } = useActionForm(setError);
  const errors = formState.errors;
  const errorCount = Object.keys(errors).length;

  const onSubmit = handleSubmit(async (values) => {
    if (mode === "create") {
      const created = await run(() => createUserAction(values as never));
      if (created) router.push(`/admin/users/${created.id}`);
    } else {
      const updated = await run(() => updateUserAction(values as never));
      if (updated) router.refresh();
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {(summary || errorCount > 0) && (
        <div className="alert error" role="alert">
          {summary}
          {errorCount > 0 && <ul>{Object.entries(errors).map(([k, e]) => <li key={k}>{e?.message as string}</li>)}</ul>}
        </div>
      )}
      {done && <div className="alert ok" role="status">{t("saved")}</div>}
      {mode === "create" ? (
        <TextField label={t("username")} autoComplete="off" error={errors.username?.message} {...register("username")} />
      ) : (
        <p><strong>{t("username")}：</strong>{initial?.username}</p>
      )}
      <TextField label={t("displayName")} error={errors.displayName?.message} {...register("displayName")} />
      {mode === "create" && (
        <TextField label={t("initialPassword")} type="password" autoComplete="new-password" hint={t("initialPasswordHint")} error={errors.password?.message} {...register("password")} />
      )}
      <fieldset className="field" aria-describedby="roles-note">
        <legend>{t("roles")}</legend>
        <div className="checks">
          {ROLES.map((r) => (
            <label key={r}><input type="checkbox" value={r} {...register("roles")} /> {tr(r)}</label>
          ))}
        </div>
        <div className="hint" id="roles-note">{t("dutyNote")} {mode === "edit" ? t("sessionsEnd") : ""}</div>
        {errors.roles && <div className="error" role="alert">{errors.roles.message}</div>}
      </fieldset>
      <div className="field">
        <label htmlFor="divisionId">{t("division")}</label>
        <select id="divisionId" aria-invalid={errors.divisionId ? true : undefined} {...register("divisionId")}>
          <option value="">{t("none")}</option>
          {options.divisions.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
        {errors.divisionId && <div className="error" role="alert">{errors.divisionId.message}</div>}
      </div>
      <div className="field">
        <label htmlFor="organizationId">{t("organization")}</label>
        <select id="organizationId" aria-invalid={errors.organizationId ? true : undefined} {...register("organizationId")}>
          <option value="">{t("none")}</option>
          {options.organizations.map((o) => <option key={o.id} value={o.id}>{o.name}（{o.creditCode}）</option>)}
        </select>
        {errors.organizationId && <div className="error" role="alert">{errors.organizationId.message}</div>}
      </div>
      <TextField label={t("phone")} type="tel" error={errors.phone?.message} {...register("phone")} />
      <TextField label={t("email")} type="email" error={errors.email?.message} {...register("email")} />
      {mode === "edit" && (
        <label><input type="checkbox" {...register("active")} /> {t("activeLabel")}</label>
      )}
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : mode === "create" ? t("create") : t("save")}
        </button>
      </div>
    </form>
  );
}
