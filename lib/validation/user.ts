import { z } from "./zod";
import { maxCharacters, minCharacters, msg, required, type FieldName } from "./messages";
import { ROLES } from "../auth/roles";
import { PASSWORD_PROBLEM_MESSAGES, passwordProblems } from "../auth/password-policy";

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, minCharacters("username", 3))
  .max(32, maxCharacters("username", 32))
  .regex(/^[a-z][a-z0-9_.-]*$/, msg("validation.user.usernameChars"));

export const ZPassword = z.string().superRefine((pw, ctx) => {
  for (const p of passwordProblems(pw)) ctx.addIssue({ code: "custom", message: PASSWORD_PROBLEM_MESSAGES[p] });
});

const ZOptionalText = (max: number, name: FieldName) =>
  z
    .string()
    .trim()
    .max(max, maxCharacters(name, max))
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const ZPhone = z
  .string()
  .trim()
  .refine((v) => v === "" || /^((\+|00)86)?1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v), msg("validation.user.phone"))
  .transform((v) => (v === "" ? null : v))
  .nullable();

export const ZUserFields = z.object({
  displayName: z.string().trim().min(1, required("personName")).max(40, maxCharacters("personName", 40)),
  roles: z
    .array(z.enum(ROLES, msg("validation.user.roleInvalid")))
    .min(1, msg("validation.user.roleRequired"))
    .max(ROLES.length, msg("validation.user.tooManyRoles"))
    .refine((r) => new Set(r).size === r.length, msg("validation.user.roleRepeated")),
  // Selects send "" for "none".
  divisionId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().uuid(msg("validation.user.divisionInvalid")).nullable()),
  organizationId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().uuid(msg("validation.user.organizationInvalid")).nullable()),
  phone: ZPhone,
  email: z
    .string()
    .trim()
    .refine((v) => v === "" || z.email().safeParse(v).success, msg("validation.user.email"))
    .transform((v) => (v === "" ? null : v))
    .nullable(),
});

export type TUserFieldsInput = z.input<typeof ZUserFields>;

export const ZUserCreateInput = ZUserFields.extend({ username: ZUsername, password: ZPassword });
export type TUserCreateInput = z.input<typeof ZUserCreateInput>;

export const ZUserUpdateInput = ZUserFields.extend({
  id: z.string().uuid(),
  version: z.number().int().min(0),
  active: z.boolean(),
});
export type TUserUpdateInput = z.input<typeof ZUserUpdateInput>;

export const ZUserIdInput = z.object({ id: z.string().uuid() });

export const ZPasswordResetInput = z.object({ id: z.string().uuid(), newPassword: ZPassword });

export const ZChangeOwnPasswordInput = z
  .object({
    current: z.string().min(1, msg("validation.user.currentPassword")).max(128),
    next: ZPassword,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], ...msg("validation.user.passwordsDiffer") })
  .refine((v) => v.next !== v.current, { path: ["next"], ...msg("validation.user.passwordUnchanged") });

export const ZLoginInput = z.object({
  username: z.string().trim().min(1, msg("validation.user.enterUsername")).max(64),
  password: z.string().min(1, msg("validation.user.enterPassword")).max(128),
  totp: z.string().trim().max(12).optional(),
});

export { ZOptionalText };
