import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import { currentLocale } from "../i18n/text";
import * as z from "./zod-parts";

// zod's default messages for any rule without a message of its own (specific ones are set per field), in the
// language of the moment: chosen per issue, at parse time. Only these two locales are imported, not zod's
// namespace of all of them (zod-parts.ts).
const zhMessages = zhCN().localeError;
const enMessages = en().localeError;
z.config({ localeError: (issue) => (currentLocale() === "en" ? enMessages : zhMessages)(issue) });

export { z };
