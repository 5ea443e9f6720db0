import { getLocale, getTranslations } from "next-intl/server";
import { chooseLocaleAction } from "@/lib/i18n/choose-locale";
import { LOCALES } from "@/lib/i18n/locales";

/** 中文 | English: each language named in itself (and marked so), the current one pressed. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={chooseLocaleAction} className="language-switch" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button key={l} type="submit" name="locale" value={l} lang={l} aria-pressed={l === locale} className="link">
          {t(`names.${l}`)}
        </button>
      ))}
    </form>
  );
}
