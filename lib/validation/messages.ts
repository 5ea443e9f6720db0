// zod messages read from the catalogue when a value is parsed, never when a schema is built: the same schema
// serves the browser (react-hook-form) and server actions, each in the language of the moment.
import type { Messages } from "../i18n/catalogue";
import { text } from "../i18n/text";

type Key = Parameters<typeof text>[0];
type Values = Record<string, string | number>;
export type FieldName = keyof Messages["validation"]["fields"];

// Numbers go in as written ("5000", not "5,000"): the Chinese messages keep the figures the rules state.
function plain(values: Values | undefined): Record<string, string> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
}

/** A catalogue message in the current language; numbers are shown as written. */
export function say(key: Key, values?: Values): string {
  return text(key, plain(values));
}

/** zod params whose message is the catalogue's, looked up at parse time (`values` may name fields, see `field`). */
export function msg(key: Key, values?: Values | (() => Values)) {
  return { error: () => say(key, typeof values === "function" ? values() : values) };
}

/** A field's name in the current language, for messages that name it. */
export function field(name: FieldName): string {
  return text(`validation.fields.${name}`);
}

/** "{label}最多 {max} 个字" for a named field. */
export const maxChars = (name: FieldName, max: number) => msg("validation.maxChars", () => ({ label: field(name), max }));
/** "请填写{label}" for a named field. */
export const required = (name: FieldName) => msg("validation.required", () => ({ label: field(name) }));
/** "{label}至少 {min} 个字" for a named field. */
export const minChars = (name: FieldName, min: number) => msg("validation.minChars", () => ({ label: field(name), min }));
/** "{label}应为整数" for a named field. */
export const wholeNumber = (name: FieldName) => msg("validation.wholeNumber", () => ({ label: field(name) }));
/** "{label}不能为负数" for a named field. */
export const notNegative = (name: FieldName) => msg("validation.notNegative", () => ({ label: field(name) }));
/** "{label}过大" for a named field. */
export const tooLarge = (name: FieldName) => msg("validation.tooLarge", () => ({ label: field(name) }));
/** "{label}至少为 {min}" for a named field. */
export const atLeast = (name: FieldName, min: number) => msg("validation.atLeast", () => ({ label: field(name), min }));
/** "{label}不超过 {max} 字" for a named field. */
export const notOverChars = (name: FieldName, max: number) => msg("validation.notOverChars", () => ({ label: field(name), max }));
/** "{label}不超过 {max} 个字" for a named field. */
export const notOverCharacters = (name: FieldName, max: number) => msg("validation.notOverCharacters", () => ({ label: field(name), max }));
/** "{label}至少 {min} 个字符" (letters and digits, e.g. a user name) for a named field. */
export const minCharacters = (name: FieldName, min: number) => msg("validation.minCharacters", () => ({ label: field(name), min }));
/** "{label}最多 {max} 个字符" for a named field. */
export const maxCharacters = (name: FieldName, max: number) => msg("validation.maxCharacters", () => ({ label: field(name), max }));
