"use client";
import { useLocale, useMessages } from "next-intl";
import { setTextSource } from "@/lib/i18n/text";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { deepMerge, type Tree } from "@/lib/i18n/tree";

// The root layout's provider brings the shell's messages and each page's provider its own (lib/i18n/page-text.tsx);
// text() may be called from either, so it reads what every provider on screen brought, merged, in their language.
let held: { locale: Locale; seen: WeakSet<object>; messages: Tree } | null = null;

function mergedFor(locale: Locale, messages: Messages): Messages {
  if (!held || held.locale !== locale) held = { locale, seen: new WeakSet(), messages: {} };
  if (!held.seen.has(messages)) {
    held.seen.add(messages);
    held.messages = deepMerge(held.messages, messages as unknown as Tree);
  }
  return held.messages as unknown as Messages;
}

/**
 * Gives text() (zod messages checked in the browser) the page's language and the messages it came with,
 * so the client bundle carries no catalogue of its own.
 */
export function LocaleSync() {
  const locale = useLocale() as Locale;
  const messages = useMessages() as Messages;
  // Only in the browser: during server rendering the source is the request's (lib/i18n/server-text.ts).
  if (typeof window !== "undefined") {
    const all = mergedFor(locale, messages);
    setTextSource(() => ({ locale, messages: all }));
  }
  return null;
}
