import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { messagesFor } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { setTextSource, translatorFor } from "./text";

// One box per server render (React.cache is per request there); request.ts fills it when next-intl asks for
// the request's configuration, which every page does before it shows text. Next.js loads this module more
// than once (next-intl's request config and the pages in the server-components layer, instrumentation outside
// it, where React.cache does not cache), so every copy registers its box on globalThis and text() reads the
// first that holds a language: with a box per copy, text() read an empty one and answered in Chinese on
// English pages.
const SHARED = Symbol.for("alliance-portal.server-text");
type Box = () => { locale?: Locale };
type Shared = { actionLocale: AsyncLocalStorage<Locale>; boxes: Box[] };
const g = globalThis as unknown as { [SHARED]?: Shared };
const shared = (g[SHARED] ??= { actionLocale: new AsyncLocalStorage<Locale>(), boxes: [] });
const { actionLocale } = shared;
const renderLocale: Box = cache((): { locale?: Locale } => ({}));
shared.boxes.push(renderLocale);

function renderedLocale(): Locale | undefined {
  for (const box of shared.boxes) {
    const locale = box().locale;
    if (locale) return locale;
  }
  return undefined;
}

setTextSource(() => {
  const locale = actionLocale.getStore() ?? renderedLocale() ?? DEFAULT_LOCALE;
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
