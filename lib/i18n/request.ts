import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "../auth/session";
import { messagesFor } from "./catalogue";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";
import { setRenderLocale } from "./server-text";

export { LOCALES } from "./locales";

/**
 * The page's language: this browser's choice (the cookie the language control sets), else the signed-in
 * user's account setting, else the browser's Accept-Language; Chinese by default.
 */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const user = await getSessionUser().catch(() => null);
  if (user?.locale) return user.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  setRenderLocale(locale);
  return { locale, timeZone: "Asia/Shanghai", messages: messagesFor(locale) };
});
