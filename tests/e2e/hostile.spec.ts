import { expect, test, type Page } from "@playwright/test";
import { copyAlliance } from "./accounts";
import { enterAs } from "./helpers";

// Hostile input against the real server (issue #6): cross-origin posts to a server action and to every route
// handler that changes something, script-looking text typed into forms (shown as text, no dialog), download
// headers (RFC 6266, nosniff), and broken or huge bodies (4xx with a Chinese message, never a 500).
// The integration suite (tests/integration/hostile-*.test.ts) attacks every action and route one by one.

const EVIL = "http://evil.example";
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
const CHANGING_ROUTES = ["documents", "charter", "members/import"] as const;

test.describe.configure({ mode: "default" });

/** Collects every dialog the page opens (an alert from injected markup would land here) and dismisses it. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
  return seen;
}

/**
 * A draft of the filer's own to attack: a copy of its demo draft (吉林省太阳能产业科技创新联盟), so the demo draft
 * other specs read is never renamed under them.
 */
function ownDraft(): Promise<string> {
  return copyAlliance("吉林省太阳能产业科技创新联盟", `吉林省攻防测试产业科技创新联盟（${Date.now().toString(36)}）`);
}

function expectChineseRefusal(body: unknown) {
  expect(JSON.stringify(body)).toMatch(/[\u4e00-\u9fff]/);
}

function expectAttachmentHeaders(headers: Record<string, string>, ext: string) {
  const cd = headers["content-disposition"] ?? "";
  expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!'()*._~-]+$/);
  expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1]!)).toMatch(new RegExp(`\\.${ext}$`));
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

const multipart = (fields: Record<string, string>, file: { name: string; mimeType: string; buffer: Buffer }) => ({ ...fields, file });
const pdf = (bytes = 200) =>
  Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"), Buffer.alloc(bytes, 0x20), Buffer.from("\ntrailer<</Root 1 0 R>>\n%%EOF\n")]);

test.describe("public pages", () => {
  test("script-looking text in the address bar is shown as text and runs nothing", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto(`/public/verify?code=${encodeURIComponent(IMG)}`);
    await expect(page.locator(".alert.error[role=alert]")).toContainText(`未找到与验证码“${IMG}”对应的备案证明`);
    expect(await page.locator("img[src='x']").count()).toBe(0);

    await page.goto(`/public/confirm/${encodeURIComponent(SCRIPT)}`);
    await expect(page.getByText("该确认链接无效或已失效")).toBeVisible();
    await page.goto("/public/notices");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const first = await page.locator("a[href^='/public/notices/']").first().getAttribute("href");
    expect(first).toMatch(/^\/public\/notices\/[0-9a-f-]{36}$/);
    for (const id of [`${first!.split("/").pop()}' OR '1'='1`, "../../etc/passwd", SCRIPT]) {
      const res = await page.goto(`/public/notices/${encodeURIComponent(id)}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
    expect(dialogs).toEqual([]);
  });
});

test.describe("a filer under attack", () => {
  let id = "";

  test.beforeEach(async ({ page }) => {
    await enterAs(page, "filer");
    id ||= await ownDraft();
  });

  test("script-looking text saved in the filing form comes back as text, on the form and the alliance page", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto(`/alliances/${id}/edit`);
    const name = page.getByLabel("联盟名称（全称）");
    const address = page.getByLabel("常设机构通讯地址");
    await expect(name).not.toHaveValue(""); // the form fills in after hydration
    await name.fill(`吉林省${IMG}联盟`);
    await address.fill(SCRIPT);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText(/已保存（/)).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("联盟名称（全称）")).toHaveValue(`吉林省${IMG}联盟`);
    await expect(page.getByLabel("常设机构通讯地址")).toHaveValue(SCRIPT);
    await page.goto(`/alliances/${id}`);
    await expect(page.locator("h1")).toContainText(`吉林省${IMG}联盟`);
    await page.goto("/");
    await expect(page.getByText(`吉林省${IMG}联盟`).first()).toBeVisible();
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a server action replayed from another origin is refused and changes nothing; the same request from the portal works", async ({ page, context }) => {
    await page.goto(`/alliances/${id}/edit`);
    const name = page.getByLabel("联盟名称（全称）");
    await expect(name).not.toHaveValue(""); // the form fills in after hydration
    const oldName = await name.inputValue();
    const FORGED = "跨站篡改测试联盟";
    // Capture the browser's own save (its action id, router state and body) without letting it run. The route
    // stays for the whole test: the editor retries a failed save by itself, and that retry must not store the
    // name behind the replays' back. The replays go through page.request, which page.route does not see.
    let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
    await page.route(`**/alliances/${id}/edit`, async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"]) {
        if (!captured && (req.postData() ?? "").includes(FORGED)) captured = { url: req.url(), headers: req.headers(), body: req.postData() ?? "" };
        await route.abort();
      } else await route.continue();
    });
    await name.fill(FORGED);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect.poll(() => captured !== undefined).toBe(true);

    /** The name as the server has it, read on a page of its own (this one still holds the unsaved edit). */
    const storedName = async () => {
      const reader = await context.newPage();
      await reader.goto(`/alliances/${id}/edit`);
      const value = reader.getByLabel("联盟名称（全称）");
      await expect(value).not.toHaveValue("");
      const v = await value.inputValue();
      await reader.close();
      return v;
    };
    const replay = (origin: string | null) => {
      const headers = { ...captured!.headers };
      delete headers["origin"];
      if (origin) headers["origin"] = origin;
      return page.request.post(captured!.url, { headers, data: captured!.body, maxRedirects: 0 });
    };
    for (const origin of [EVIL, "null", null]) {
      const res = await replay(origin);
      const text = await res.text();
      // proxy.ts answers every cross-origin, "null" or missing Origin with 403 BAD_ORIGIN before Next.js runs the action.
      expect(res.status(), text.slice(0, 300)).toBe(403);
      expect(text).toContain('"code":"BAD_ORIGIN"');
      expect(text).not.toContain('"ok":true');
    }
    expect(await storedName()).toBe(oldName);

    // Control: the very same request from the portal's own origin is carried out.
    const ok = await replay(new URL(captured!.url).origin);
    expect(await ok.text()).toContain('"ok":true');
    expect(await storedName()).toBe(FORGED);
  });

  test("every route handler that changes something refuses another origin, a null Origin and none", async ({ page }) => {
    for (const route of CHANGING_ROUTES) {
      for (const origin of [EVIL, "null", undefined]) {
        const res = await page.request.post(`/api/alliances/${id}/${route}`, {
          headers: origin ? { origin } : {},
          multipart: multipart(
            { kind: "CHARTER", approvedOn: "2025-01-01", approvedBy: "2025年第一次成员大会" },
            { name: "章程.pdf", mimeType: "application/pdf", buffer: pdf() },
          ),
        });
        expect(res.status(), `${route} ${origin}`).toBe(403);
        expect(await res.json()).toMatchObject({ ok: false, code: "BAD_ORIGIN" });
      }
    }
    const evidence = await page.request.post(`/api/reports/${crypto.randomUUID()}/evidence`, {
      headers: { origin: EVIL },
      multipart: multipart({}, { name: "佐证.pdf", mimeType: "application/pdf", buffer: pdf() }),
    });
    expect(evidence.status()).toBe(403);
  });

  test("broken, JSON and huge bodies get 4xx with a Chinese message, never a 500; a 12 MB upload arrives whole", async ({ page, baseURL }) => {
    const url = `/api/alliances/${id}/documents`;
    const origin = { origin: new URL(baseURL!).origin };
    const broken = await page.request.post(url, {
      headers: { ...origin, "content-type": "multipart/form-data; boundary=zz" },
      data: Buffer.from('--zz\r\nContent-Disposition: form-data; name="file"'),
    });
    expect(broken.status()).toBe(422);
    expectChineseRefusal(await broken.json());
    const json = await page.request.post(url, {
      headers: { ...origin, "content-type": "application/json" },
      data: Buffer.from('{"kind": "CHARTER", "file": '),
    });
    expect(json.status()).toBe(422);
    expectChineseRefusal(await json.json());
    const huge = await page.request.post(url, {
      headers: origin,
      multipart: multipart({ kind: "OTHER" }, { name: "大文件.pdf", mimeType: "application/pdf", buffer: pdf(21 * 1024 * 1024) }),
    });
    expect(huge.status()).toBe(422);
    expect(await huge.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: ["文件超过 20 MB，请压缩图片或拆分后上传"] } });
    const sheet = await page.request.post(`/api/alliances/${id}/members/import`, {
      headers: origin,
      multipart: multipart({}, { name: "成员.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(6 * 1024 * 1024, 0x41) }),
    });
    expect(sheet.status()).toBe(422);
    expectChineseRefusal(await sheet.json());
    const signIn = await page.request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/json" },
      data: Buffer.from('{"username":'),
    });
    expect(signIn.status()).toBe(400);
    expectChineseRefusal(await signIn.json());

    // Just under the cap, a real PDF goes through the whole chain and comes back byte for byte.
    const big = pdf(12 * 1024 * 1024);
    const up = await page.request.post(url, {
      headers: origin,
      multipart: multipart({ kind: "OTHER" }, { name: "十二兆.pdf", mimeType: "application/pdf", buffer: big }),
    });
    expect(up.status(), await up.text()).toBe(200);
    const { data } = (await up.json()) as { data: { versionId: string } };
    const back = await page.request.get(`/api/documents/${data.versionId}`);
    expect(Buffer.compare(await back.body(), big)).toBe(0);
  });

  test("downloads are attachments with RFC 6266 names and nosniff", async ({ page, baseURL }) => {
    const origin = { origin: new URL(baseURL!).origin };
    const up = await page.request.post(`/api/alliances/${id}/documents`, {
      headers: origin,
      multipart: multipart({ kind: "OTHER" }, { name: `章程"; filename=evil.exe ${SCRIPT}.pdf`, mimeType: "text/html", buffer: pdf() }),
    });
    expect(up.status()).toBe(200);
    const { data } = (await up.json()) as { data: { versionId: string } };
    for (const [path, ext] of [
      [`/api/documents/${data.versionId}`, "pdf"],
      ["/api/members/template", "xlsx"],
      [`/api/alliances/${id}/generated/annex1`, "docx"],
      [`/api/alliances/${id}/generated/charter`, "docx"],
      [`/api/alliances/${id}/generated/agreement`, "docx"],
    ] as const) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      expectAttachmentHeaders(res.headers(), ext);
    }
    // The browser sent text/html for it; the portal answers with the type the content proved.
    expect((await page.request.get(`/api/documents/${data.versionId}`)).headers()["content-type"]).toBe("application/pdf");
  });
});

test("a stray cookie with a broken %-escape is ignored: the sign-in page and a signed-in page answer as without it", async ({ page, baseURL }) => {
  // Any site on the same host can set such a cookie; the session reader used to decode every cookie and threw (a 500).
  const stray = [
    { name: "stray", value: "%E0%A4", url: baseURL! },
    { name: "other", value: "a%zz", url: baseURL! },
  ];
  await page.context().addCookies(stray);
  const login = await page.goto("/login");
  expect(login?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const portal = await page.request.get("/alliances", { maxRedirects: 0 });
  expect(portal.status(), "not signed in: sent to the sign-in page").toBe(307);

  await enterAs(page, "filer");
  await page.context().addCookies(stray);
  const signedIn = await page.goto("/alliances");
  expect(signedIn?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "吉林省太阳能产业科技创新联盟", exact: true }).first()).toBeVisible();
});
