import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACTION_TOO_LARGE, BAD_QUERY, MAX_ACTION_BODY, proxy } from "@/proxy";
import { LONG, SCRIPT_TEXTS, SQL_TEXTS } from "../helpers/hostile";

// Issue 15 (6, 7): /alliances?q=%00 answered 500 (PostgreSQL refuses NUL), and a server action with a 1 MB body
// answered 500. Every page's query string passes proxy.ts first: walked here page by page with the hostile values
// the action suite uses. What passes the proxy is each page's own parsing (lib/paging/list-params.ts).

const ROOT = path.resolve(__dirname, "../..");
const UUID = "00000000-0000-4000-8000-000000000000";

/** Every page route under app/, dynamic segments filled with a uuid. */
function pages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "page.tsx") {
        const route = path
          .relative(path.join(ROOT, "app"), dir)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .map((s) => (s.startsWith("[") ? UUID : s));
        out.push(`/${route.join("/")}`);
      }
    }
  };
  walk(path.join(ROOT, "app"));
  return out;
}

const REFUSED = ["\u0000", "a\u0000b", "\u001b[31m", "\r\nSet-Cookie: x=1", LONG];
const PASSED = [...SQL_TEXTS, ...SCRIPT_TEXTS, "9999-99-99", "0000-00-00", "__proto__", "-1", "1e9", "%", "长".repeat(100)];
const PARAMS = ["q", "page", "from", "code"];

describe("every page's query string is refused in Chinese or passed on, never a 500", () => {
  const all = pages();
  it("finds the pages", () => {
    expect(all).toContain("/alliances");
    expect(all).toContain("/audit");
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all)("%s", async (route) => {
    for (const name of PARAMS) {
      for (const value of REFUSED) {
        const url = new URL(`http://localhost:3000${route}`);
        url.searchParams.set(name, value);
        const res = proxy(new NextRequest(url));
        expect(res.status, `${name}=${JSON.stringify(value.slice(0, 20))}`).toBe(400);
        expect(await res.text()).toContain(BAD_QUERY);
      }
      for (const value of PASSED) {
        const url = new URL(`http://localhost:3000${route}`);
        url.searchParams.set(name, value);
        const res = proxy(new NextRequest(url));
        expect(res.headers.get("x-middleware-next"), `${name}=${value}`).toBe("1");
      }
    }
    const flood = new URL(`http://localhost:3000${route}?${Array.from({ length: 60 }, (_, i) => `p${i}=1`).join("&")}`);
    expect(proxy(new NextRequest(flood)).status).toBe(400);
  });
});

describe("a server action's body larger than any action reads", () => {
  const post = (length: number) =>
    proxy(
      new NextRequest("http://localhost:3000/alliances/new", {
        method: "POST",
        headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "abc", "content-length": String(length) },
      }),
    );

  it("is refused with 413 and a Chinese message before it is read", async () => {
    const res = post(MAX_ACTION_BODY + 1);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, code: "INVALID_INPUT", message: ACTION_TOO_LARGE });
  });

  it("up to the limit reaches the action, whose schema refuses an over-long field at the field (next.config.js agrees)", () => {
    expect(post(1024 * 1024 + 100).headers.get("x-middleware-next")).toBe("1");
    const config = fs.readFileSync(path.join(ROOT, "next.config.js"), "utf8");
    expect(config).toMatch(/serverActions: \{ bodySizeLimit: "4mb" \}/);
  });
});
