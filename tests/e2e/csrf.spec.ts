import { expect, test } from "@playwright/test";
import { createAccount, type Account } from "./accounts";
import { nextTotpCode } from "./helpers";

// The credentials sign-in endpoint requires next-auth's double-submit CSRF token: a forged POST
// (no token) must not create a session; the same POST with the token does (control case).
// An officer account of this spec's own: the control case signs it in, which no other spec may race.
let OFFICER: Account;
test.beforeAll(async () => {
  OFFICER = await createAccount("officer", "csrf");
});
const CALLBACK = "/api/auth/callback/credentials";

test("不带 CSRF 令牌的登录请求不能登录", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  try {
    const forged = await request.post(CALLBACK, {
      form: { username: OFFICER.username, password: OFFICER.password, callbackUrl: "/" },
      headers: { Origin: "http://evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBeGreaterThanOrEqual(300);
    expect(forged.status()).toBeLessThan(400);
    expect(forged.headers()["location"] ?? "").toContain("csrf=true");
    const cookies = (await request.storageState()).cookies.map((c) => c.name);
    expect(cookies.some((n) => n.includes("session-token"))).toBe(false);

    const session = await request.get("/api/auth/session");
    expect(session.ok()).toBe(true);
    const body = (await session.json()) as { user?: unknown };
    expect(body.user).toBeUndefined();

    // A protected page is still closed.
    const home = await request.get("/", { maxRedirects: 0 });
    expect([303, 307, 308, 302]).toContain(home.status());
    expect(home.headers()["location"] ?? "").toContain("/login");
  } finally {
    await request.dispose();
  }
});

test("带 CSRF 令牌的同一请求可以登录（对照）", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  try {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect(csrf.csrfToken).toBeTruthy();
    const res = await request.post(CALLBACK, {
      form: {
        username: OFFICER.username,
        password: OFFICER.password,
        totp: await nextTotpCode(OFFICER.username, OFFICER.totpSecret),
        callbackUrl: "/",
        csrfToken: csrf.csrfToken,
      },
      maxRedirects: 0,
    });
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.status()).toBeLessThan(400);
    expect(res.headers()["location"] ?? "").not.toContain("error=");
    const body = (await (await request.get("/api/auth/session")).json()) as { user?: { id?: string } };
    expect(body.user?.id).toBeTruthy();
  } finally {
    await request.dispose();
  }
});
