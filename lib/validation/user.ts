import { z } from "./zod";
import { ROLES } from "../auth/roles";
import { PASSWORD_PROBLEM_MESSAGES, passwordProblems } from "../auth/password-policy";

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名最多 32 个字符")
  .regex(/^[a-z][a-z0-9_.-]*$/, "用户名只能使用小写字母、数字、下划线、点和连字符，并以字母开头");

export const ZPassword = z.string().superRefine((pw, ctx) => {
  for (const p of passwordProblems(pw)) ctx.addIssue({ code: "custom", message: PASSWORD_PROBLEM_MESSAGES[p] });
});

const ZOptionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const ZPhone = z
  .string()
  .trim()
  .refine(
    (v) => v === "" || /^((\+|00)86)?1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v),
    "请输入有效的手机号或固定电话，如 13912345678 或 0431-88888888",
  )
  .transform((v) => (v === "" ? null : v))
  .nullable();

export const ZUserFields = z.object({
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名最多 40 个字符"),
  roles: z
    .array(z.enum(ROLES, { message: "角色无效" }))
    .min(1, "请至少选择一个角色")
    .max(ROLES.length, "角色过多")
    .refine((r) => new Set(r).size === r.length, "角色不能重复选择"),
  // Selects send "" for "none".
  divisionId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().uuid("所属处室无效").nullable()),
  organizationId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().uuid("所属单位无效").nullable()),
  phone: ZPhone,
  email: z
    .string()
    .trim()
    .refine((v) => v === "" || z.email().safeParse(v).success, "邮箱格式不正确")
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
    current: z.string().min(1, "请输入当前密码").max(128),
    next: ZPassword,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "两次输入的新密码不一致" })
  .refine((v) => v.next !== v.current, { path: ["next"], message: "新密码不能与当前密码相同" });

export const ZLoginInput = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(128),
  totp: z.string().trim().max(12).optional(),
});

export { ZOptionalText };
