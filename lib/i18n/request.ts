import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import zhCN from "./messages/zh-CN.json";
import en from "./messages/en.json";

type Messages = { [key: string]: string | Messages };

// English is partial: untranslated keys fall back to Chinese, the portal's official language.
function merge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === "object" && typeof b === "object" ? merge(b, v) : v;
  }
  return out;
}

export const LOCALES = ["zh-CN", "en"] as const;

export default getRequestConfig(async () => {
  const requested = (await cookies()).get("locale")?.value;
  const locale = requested === "en" ? "en" : "zh-CN";
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: locale === "en" ? merge(zhCN, en) : zhCN,
  };
});
