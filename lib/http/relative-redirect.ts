// Redirects that never name a host. Behind a proxy the server's own idea of its address (req.url,
// Host, NEXTAUTH_URL's localhost default) is not the one users reach; a relative Location (RFC 9110
// 10.2.2) is resolved by the browser against the address it actually used.

/** A redirect to a path of this portal; anything that is not a plain "/path" goes to `fallback`. */
export function relativeRedirect(path: string, status: 302 | 303 | 307 = 303, fallback = "/"): Response {
  const safe = isLocalPath(path) ? path : fallback;
  return new Response(null, { status, headers: { Location: safe, "Cache-Control": "no-store" } });
}

/** "/x" but not "//host" or "/\\host" (both read as another host by browsers). */
export function isLocalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}
