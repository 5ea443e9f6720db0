// The language of the operator's console tools (npm start, backup, restore, admin:account, audit:verify, db:migrate, …):
// Chinese, the portal's official language, unless PORTAL_LANG asks for English ("en", "en-GB", "en_US.UTF-8").
// LANG and LC_ALL are not read: many servers set them to en_US.UTF-8 without anyone choosing English for the portal.
// Importing this module also gives text() its source (lib/i18n/server-text.ts) outside Next.js.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { inLocale } from "../i18n/server-text";

export function consoleLocale(value: string | undefined = process.env.PORTAL_LANG): Locale {
  return /^en(?:[-_.]|$)/i.test(value?.trim() ?? "") ? "en" : DEFAULT_LOCALE;
}

/**
 * Runs a console tool with text() in the console's language, through to its last output (the context follows its
 * promises). What the tool stores (the demo seed) is written inside inLocale("zh-CN"), as in the server.
 */
export function inConsoleLanguage<T>(fn: () => T): T {
  return inLocale(consoleLocale(), fn);
}
