import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { isSameOrigin } from "./lib/http/same-origin";
import { requestHost } from "./lib/http/client-address";

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

export function proxy(request: NextRequest) {
  // A server action posted from another site: a clean 403 in Chinese here (Next.js would refuse it too,
  // but as a 500); the action wrapper checks the Origin again (lib/actions/safe-action.ts).
  if (request.method === "POST" && request.headers.has("next-action")) {
    if (!isSameOrigin(request.headers.get("origin"), requestHost(request.headers))) {
      return NextResponse.json({ ok: false, code: "BAD_ORIGIN", message: "请求来源无效，请从平台页面重新操作。" }, { status: 403 });
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
