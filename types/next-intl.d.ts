import type { Messages } from "../lib/i18n/catalogue";
import type { Locale } from "../lib/i18n/locales";

// Keys given to t() and text() are checked against the Chinese catalogue at compile time.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
