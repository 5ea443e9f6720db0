import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { messagesFor } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { setTextSource, translatorFor } from "./text";

const actionLocale = new AsyncLocalStorage<Locale>();
// One box per server render (React.cache is per request there); request.ts fills it when next-intl asks for
// the request's configuration, which every page does before it shows text.
const renderLocale = cache((): { locale?: Locale } => ({}));

setTextSource(() => {
  const locale = actionLocale.getStore() ?? renderLocale().locale ?? DEFAULT_LOCALE;
  return { locale, messages: messagesFor(locale) };
});

/** Runs a server action (or a route handler) with text() in the caller's language. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  return actionLocale.run(locale, fn);
}

export function setRenderLocale(locale: Locale): void {
  renderLocale().locale = locale;
}

/** A translator in a given language, for mail and notifications written for someone else. */
export function translatorIn(locale: Locale) {
  return translatorFor(locale, messagesFor(locale));
}
