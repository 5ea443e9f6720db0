"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext, type FieldErrors } from "react-hook-form";
import { ROLES } from "@/lib/auth/roles";
import type { TUserFieldsInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";

export interface UserFormOptions {
  divisions: { id: string; name: string }[];
  organizations: { id: string; name: string; creditCode: string }[];
}

/** What the create and edit forms share: roles, division, unit and contact, inside the form's FormProvider. */
export function UserProfileFields({ options, rolesNote }: { options: UserFormOptions; rolesNote: string }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const { register, formState } = useFormContext<TUserFieldsInput>();
  const errors = formState.errors;
  return (
    <>
      <fieldset className="field" aria-describedby="roles-note">
        <legend>{t("roles")}</legend>
        <div className="checks">
          {ROLES.map((r) => (
            <label key={r}>
              <input type="checkbox" value={r} {...register("roles")} /> {tr(r)}
            </label>
          ))}
        </div>
        <div className="hint" id="roles-note">
          {rolesNote}
        </div>
        {errors.roles && (
          <div className="error" role="alert">
            {errors.roles.message}
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="divisionId">{t("division")}</label>
        <select id="divisionId" aria-invalid={errors.divisionId ? true : undefined} {...register("divisionId")}>
          <option value="">{t("none")}</option>
          {options.divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        {errors.divisionId && (
          <div className="error" role="alert">
            {errors.divisionId.message}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor="organizationId">{t("organization")}</label>
        <select id="organizationId" aria-invalid={errors.organizationId ? true : undefined} {...register("organizationId")}>
          <option value="">{t("none")}</option>
          {options.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {t("orgWithCode", { name: o.name, code: o.creditCode })}
            </option>
          ))}
        </select>
        {errors.organizationId && (
          <div className="error" role="alert">
            {errors.organizationId.message}
          </div>
        )}
      </div>
      <TextField label={t("phone")} type="tel" error={errors.phone?.message} {...register("phone")} />
      <TextField label={t("email")} type="email" error={errors.email?.message} {...register("email")} />
    </>
  );
}

/** The refusals of a save (summary and each field's message) above the form, and the saved notice. */
export function UserFormAlerts({ summary, errors, done }: { summary: ReactNode; errors: FieldErrors; done: boolean }) {
  const t = useTranslations("users");
  const entries = Object.entries(errors);
  return (
    <>
      {(summary || entries.length > 0) && (
        <div className="alert error" role="alert">
          {summary}
          {entries.length > 0 && (
            <ul>
              {entries.map(([k, e]) => (
                <li key={k}>{typeof e?.message === "string" ? e.message : ""}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <div className="alert ok" role="status">
          {t("saved")}
        </div>
      )}
    </>
  );
}
