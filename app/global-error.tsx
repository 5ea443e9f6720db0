"use client";

import { useSyncExternalStore } from "react";

// Last resort when the root layout itself fails: no providers and no catalogue reach this page (loading the
// catalogue here would put it in every page's bundle), so it keeps its own copy of pages.error, pages.errorText
// and pages.retry. Chinese on the server; in the browser the language the locale cookie or the browser asks for.
const WORDS = {
  "zh-CN": { heading: "系统出现问题", text: "系统暂时无法处理您的请求，已记录该问题。请稍后重试。", retry: "重试" }, // i18n-data: copy of pages.*
  en: {
    heading: "Something went wrong",
    text: "The system cannot handle your request right now; the problem has been logged. Please try again later.",
    retry: "Try again",
  },
} as const;

function browserLocale(): keyof typeof WORDS {
  const chosen = /(?:^|;\s*)locale=([^;]*)/.exec(document.cookie)?.[1];
  if (chosen === "en" || chosen === "zh-CN") return chosen;
  for (const tag of navigator.languages ?? []) {
    const lang = tag.toLowerCase().split("-")[0];
    if (lang === "zh") return "zh-CN";
    if (lang === "en") return "en";
  }
  return "zh-CN";
}

const noSubscribe = () => () => {};

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscribe, browserLocale, () => "zh-CN" as const);
  const w = WORDS[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "sans-serif", padding: 40 }}>
        <h1>{w.heading}</h1>
        <p>{w.text}</p>
        {error.digest && <p>#{error.digest}</p>}
        <button type="button" onClick={reset}>
          {w.retry}
        </button>
      </body>
    </html>
  );
}
