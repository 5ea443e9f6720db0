"use client";
import { useLocale, useMessages } from "next-intl";
import { setTextSource } from "@/lib/i18n/text";
import type { Messages } from "@/lib/i18n/catalogue";

/**
 * Gives text() (zod messages checked in the browser) the page's language and the messages it came with,
 * so the client bundle carries no catalogue of its own.
 */
export function LocaleSync() {
  const locale = useLocale();
  const messages = useMessages() as Messages;
  // Only in the browser: during server rendering the source is the request's (lib/i18n/server-text.ts).
  if (typeof window !== "undefined") setTextSource(() => ({ locale, messages }));
  return null;
}
