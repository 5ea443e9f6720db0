"use client";

/**
 * Signs out, then goes to a path of this portal. next-auth's own redirect is built from NEXTAUTH_URL
 * (http://localhost:<port> by default), which behind a proxy sends the user off the portal; a relative
 * path is resolved by the browser against the address it is really using.
 *
 * It speaks next-auth's sign-out protocol itself (its CSRF token, then a form post to /api/auth/signout, as
 * `signOut({ redirect: false })` from next-auth/react does): that module and its Babel runtime were about 9 kB
 * gzipped of every signed-in page's first load, for this one call (the portal uses no SessionProvider).
 */
export async function signOutTo(path: `/${string}`): Promise<void> {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  if (!csrf.ok) throw new Error(`csrf ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: path, json: "true" }),
  });
  if (!res.ok) throw new Error(`signout ${res.status}`);
  window.location.assign(path);
}
