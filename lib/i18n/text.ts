import { createTranslator } from "next-intl";
import type { Messages } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";

type Source = () => { locale: Locale; messages: Messages };
// On globalThis, not in this module: Next.js bundles the app and instrumentation apart, each with its own copy
// of this module, and both must see the server's source.
const SOURCE = Symbol.for("alliance-portal.text-source");
const holder = globalThis as unknown as { [SOURCE]?: Source };

/**
 * Where text() finds the language and the catalogue: on the server lib/i18n/server-text.ts (the request's
 * language, Chinese outside a request); in the browser LocaleSync, from the messages the page came with.
 * Kept apart so a client bundle never imports the catalogue itself.
 */
export function setTextSource(next: Source): void {
  holder[SOURCE] = next;
}

const translators = new WeakMap<object, Map<Locale, ReturnType<typeof createTranslator<Messages>>>>();

function translatorOf(locale: Locale, messages: Messages) {
  let byLocale = translators.get(messages);
  if (!byLocale) translators.set(messages, (byLocale = new Map()));
  let t = byLocale.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages, timeZone: "Asia/Shanghai" });
    byLocale.set(locale, t);
  }
  return t;
}

type Translate = ReturnType<typeof createTranslator<Messages>>;
type Key = Parameters<Translate>[0];

/**
 * A catalogue message in the current language, for code outside React: zod messages, rule explanations,
 * audit sentences. Components use next-intl's useTranslations / getTranslations instead.
 */
export function text(key: Key, values?: Record<string, string | number | Date>): string {
  const s = holder[SOURCE]?.();
  if (!s) return String(key);
  return translatorOf(s.locale, s.messages)(key, values as never);
}

/** The language text() answers in now. */
export function currentLocale(): Locale {
  return holder[SOURCE]?.().locale ?? DEFAULT_LOCALE;
}

/** A translator for a given language, for work done on someone's behalf outside their request (mail). */
export function translatorFor(locale: Locale, messages: Messages): Translate {
  return translatorOf(locale, messages);
}
