import common from "./messages/zh-CN.json";
import commonEn from "./messages/en.json";
import filing from "./messages/filing.zh-CN.json";
import filingEn from "./messages/filing.en.json";
import review from "./messages/review.zh-CN.json";
import reviewEn from "./messages/review.en.json";
import assessment from "./messages/assessment.zh-CN.json";
import assessmentEn from "./messages/assessment.en.json";
import admin from "./messages/admin.zh-CN.json";
import adminEn from "./messages/admin.en.json";
import validation from "./messages/validation.zh-CN.json";
import validationEn from "./messages/validation.en.json";
import publicPages from "./messages/public.zh-CN.json";
import publicPagesEn from "./messages/public.en.json";
import operation from "./messages/operation.zh-CN.json";
import operationEn from "./messages/operation.en.json";
import rules from "./messages/rules.zh-CN.json";
import rulesEn from "./messages/rules.en.json";
import audit from "./messages/audit.zh-CN.json";
import auditEn from "./messages/audit.en.json";
import consoleTools from "./messages/console.zh-CN.json";
import consoleToolsEn from "./messages/console.en.json";
import type { Locale } from "./locales";
import { deepMerge, type Tree } from "./tree";

export { deepMerge, type Tree };

/**
 * The catalogue is kept in one file per area (so areas can be worked on apart); a namespace may be spread
 * over several files. Files are merged key by key; check-i18n (npm run lint) refuses a key two files both set
 * and a key one language lacks.
 */
export const CATALOGUE_FILES = {
  "zh-CN": [common, filing, review, assessment, admin, validation, publicPages, operation, rules, audit, consoleTools],
  en: [commonEn, filingEn, reviewEn, assessmentEn, adminEn, validationEn, publicPagesEn, operationEn, rulesEn, auditEn, consoleToolsEn],
} as const;

type ZhFiles = (typeof CATALOGUE_FILES)["zh-CN"][number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The Chinese catalogue's shape: every key next-intl and text() accept. */
export type Messages = UnionToIntersection<ZhFiles>;

const merged = new Map<Locale, Messages>();

/** The whole catalogue of a language; English falls back to Chinese key by key where it has no entry yet. */
export function messagesFor(locale: Locale): Messages {
  let m = merged.get(locale);
  if (!m) {
    const zh = (CATALOGUE_FILES["zh-CN"] as readonly Tree[]).reduce(deepMerge, {});
    const tree = locale === "en" ? (CATALOGUE_FILES.en as readonly Tree[]).reduce(deepMerge, zh) : zh;
    m = tree as unknown as Messages;
    merged.set(locale, m);
  }
  return m;
}
