import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { isSameOrigin } from "./lib/http/same-origin";
import { requestHost } from "./lib/http/client-address";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./lib/i18n/locales";
import adminZh from "./lib/i18n/messages/admin.zh-CN.json";
import adminEn from "./lib/i18n/messages/admin.en.json";

// A fresh nonce per page request: Next.js puts it on its own scripts (it reads the policy from the request
// headers), so no inline script without it runs: no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline'
// for React style attributes (a style cannot run code). The static headers (nosniff, Referrer-Policy, …)
// come from next.config.js and apply to every response.
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; tls: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.tls ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Server-action bodies the portal reads (next.config.js serverActions.bodySizeLimit says the same). */
export const MAX_ACTION_BODY = 4 * 1024 * 1024;

// The refusals' words, from the catalogue (namespace proxy: plain text, no placeholders) in the language the
// request's locale cookie or Accept-Language asks for; Chinese by default. The proxy runs before next-intl,
// so it reads its two catalogue files itself.
type ProxyText = keyof typeof adminZh.proxy;
const PROXY_TEXT: Record<Locale, Record<ProxyText, string>> = { "zh-CN": adminZh.proxy, en: adminEn.proxy };

export function proxyLocale(request: NextRequest): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** The Chinese refusals (what a request without a language preference gets). */
export const ACTION_TOO_LARGE = PROXY_TEXT["zh-CN"].actionTooLarge;
export const BAD_QUERY = PROXY_TEXT["zh-CN"].badQuery;
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_QUERY_VALUE = 2000;
const MAX_QUERY_PARAMS = 50;

/**
 * Every page's query string, before any page reads it: a parameter with a control character (NUL breaks
 * PostgreSQL), an over-long value or a flood of parameters is refused here for every page at once (the
 * refusal's key in PROXY_TEXT). Each page still parses what it reads and ignores what it does not understand
 * (lib/paging/list-params.ts).
 */
export function queryProblem(url: URL): ProxyText | null {
  let count = 0;
  for (const [key, value] of url.searchParams) {
    if (++count > MAX_QUERY_PARAMS) return "badQuery";
    if (CONTROL.test(key) || CONTROL.test(value) || key.length > 100 || value.length > MAX_QUERY_VALUE) return "badQuery";
  }
  return null;
}

function refusalPage(status: number, locale: Locale, problem: ProxyText, back: string): NextResponse {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const w = PROXY_TEXT[locale];
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(w.refusedTitle)}</title></head><body><main><h1>${esc(w.refusedTitle)}</h1><p role="alert">${esc(w[problem])}</p><p><a href="${esc(back)}">${esc(w.back)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" },
  });
}

export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") {
    const problem = queryProblem(request.nextUrl);
    if (problem) return refusalPage(400, proxyLocale(request), problem, request.nextUrl.pathname);
  }
  // A server action posted from another site: a clean 403 in the reader's language here (Next.js would refuse it too,
  // but as a 500); the action wrapper checks the Origin again (lib/actions/safe-action.ts).
  if (request.method === "POST" && request.headers.has("next-action")) {
    // Larger than any action reads: refused before the body is read, in words (not Next's 500).
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY) {
      return NextResponse.json({ ok: false, code: "INVALID_INPUT", message: PROXY_TEXT[proxyLocale(request)].actionTooLarge }, { status: 413 });
    }
    if (!isSameOrigin(request.headers.get("origin"), requestHost(request.headers))) {
      return NextResponse.json({ ok: false, code: "BAD_ORIGIN", message: PROXY_TEXT[proxyLocale(request)].badOrigin }, { status: 403 });
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const e = env();
  const csp = contentSecurityPolicy(nonce, { dev: e.NODE_ENV === "development", tls: e.BEHIND_TLS === "1" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // HSTS only where the portal is really served over TLS (a proxy in front terminates it).
  if (e.BEHIND_TLS === "1") response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

// Route handlers under /api/ are left out: they render no page (no nonce needed; next.config.js gives them their
// headers), and a request body passing through the proxy is cut at 10 MB, which broke uploads of 10-20 MB.
export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
