// Signs a demo account in over HTTP exactly as the login form does (next-auth's credentials flow): the CSRF
// token from /api/auth/csrf, then the credentials (with a current TOTP code for reviewers and administrators)
// posted to /api/auth/callback/credentials. Gives the Cookie header the load generator sends.
import { DEMO_USERS } from "@/prisma/seed-data";
import { currentStep, totpCode } from "@/lib/auth/totp";

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(base: string, username: string): Promise<string> {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`没有演示账户 ${username}`);
  for (let attempt = 0; attempt < 2; attempt++) {
    const jar = new Map<string, string>();
    const csrf = await fetch(`${base}/api/auth/csrf`);
    cookiesOf(csrf, jar);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    // Demo secrets are published (README, npm run totp:demo); a code is accepted once, so a second sign-in of the same
    // account waits for the next 30-second step.
    const totp = user.totpSecret ? totpCode(user.totpSecret) : "";
    const res = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar), origin: base },
      body: new URLSearchParams({ csrfToken, username, password: user.password, totp, callbackUrl: `${base}/`, json: "true" }),
    });
    cookiesOf(res, jar);
    if ([...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) return header(jar);
    const body = await res.text();
    if (attempt === 0 && /TOTP/.test(body + (res.headers.get("location") ?? ""))) {
      const wait = (currentStep() + 1) * 30_000 - Date.now() + 500;
      await new Promise((r) => setTimeout(r, wait));
      continue;
    }
    throw new Error(`${username} 登录失败：HTTP ${res.status} ${res.headers.get("location") ?? body.slice(0, 200)}`);
  }
  throw new Error(`${username} 登录失败`);
}

/** A page as the signed-in user sees it; throws unless it is a 200 with the marker text. */
export async function checkPage(base: string, path: string, cookie: string, marker: string): Promise<void> {
  const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200 || !body.includes(marker)) {
    throw new Error(`${path}：期望 200 且含“${marker}”，实际 HTTP ${res.status} ${res.headers.get("location") ?? ""}`);
  }
}
