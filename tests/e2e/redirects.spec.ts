import { expect, request as playwrightRequest, test } from "@playwright/test";
import { storageStatePath } from "./server-file";
import { T, submitLogin } from "./helpers";
import { createAccount } from "./accounts";

// Issue 14 (8): behind a proxy the server's own idea of its host (req.url, Host, X-Forwarded-Host, the
// NEXTAUTH_URL default of http://localhost:<port>) is not the address users reach. No redirect may carry a
// host built from it: every Location here must be a path of this portal. Read-only on the demo data (an
// unknown notification id marks nothing read).

const FOREIGN: Record<string, string>[] = [
  { host: "portal.example.gov.cn" },
  { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  { "x-forwarded-host": "attacker.example:8443", "x-forwarded-proto": "http" },
];
const UNKNOWN_NOTICE = "/notifications/00000000-0000-4000-8000-000000000000";

/** The Location of a redirect, which must be a relative path (no scheme, no host, not //host). */
function expectRelative(location: string | undefined, expected: RegExp) {
  expect(location, "a redirect").toBeTruthy();
  expect(location!).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\/|^\/\\/i);
  expect(location!).not.toMatch(/localhost|127\.0\.0\.1|example/);
  expect(location!).toMatch(expected);
}

test("redirects answer relative paths whatever Host and X-Forwarded-Host say", async ({ baseURL }) => {
  const anon = await playwrightRequest.newContext({ baseURL });
  const filer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("filer") });
  try {
    for (const headers of FOREIGN) {
      const cases: [typeof anon, string, RegExp][] = [
        [anon, UNKNOWN_NOTICE, /^\/login$/], // opening a notice signed out
        [filer, UNKNOWN_NOTICE, /^\/notifications$/], // a notice that is not yours (or gone)
        [anon, "/review", /^\/login/], // a page that needs a session
        [filer, "/login", /^\/$/], // the sign-in page while signed in
        [filer, "/admin/users", /^\/forbidden/], // a page of another role
      ];
      for (const [ctx, url, expected] of cases) {
        const res = await ctx.get(url, { headers, maxRedirects: 0 });
        expect([302, 303, 307, 308], `${url} with ${JSON.stringify(headers)} redirects`).toContain(res.status());
        expectRelative(res.headers()["location"], expected);
      }
    }
  } finally {
    await anon.dispose();
    await filer.dispose();
  }
});

test("signing out stays on the address the browser used, not NEXTAUTH_URL's", async ({ page, baseURL }) => {
  // The server's NEXTAUTH_URL is http://localhost:<port>; reach it as 127.0.0.1, as users reach a proxy by
  // another name. An account of this spec's own: signing out must not end a demo account's shared session.
  const account = await createAccount("filer", "signout");
  const other = new URL(baseURL!.replace("localhost", "127.0.0.1"));
  await page.goto(new URL("/login", other).toString());
  await submitLogin(page, account.username, account.password);
  await page.waitForURL((u) => u.pathname === "/" && u.host === other.host);
  await page.getByRole("button", { name: T.logout, exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/login");
  expect(new URL(page.url()).host).toBe(other.host);
  await expect(page.getByRole("status").filter({ hasText: T.loggedOut })).toBeVisible();
});
