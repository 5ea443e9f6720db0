import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { consoleLocale, inConsoleLanguage } from "../../lib/cli/console-language";
import { text } from "../../lib/i18n/text";
import { describeTarget } from "../../lib/backup/target";
import { parseManifest } from "../../lib/backup/manifest";
import { MigrationChecksumError } from "../../lib/db/migrate";

// The operator's console tools print Chinese unless PORTAL_LANG asks for English (lib/cli/console-language.ts).
const saved = process.env.PORTAL_LANG;
afterEach(() => {
  if (saved === undefined) delete process.env.PORTAL_LANG;
  else process.env.PORTAL_LANG = saved;
});

describe("console language", () => {
  it("is Chinese unless PORTAL_LANG names English; LANG is not read", () => {
    expect(consoleLocale(undefined)).toBe("zh-CN");
    expect(consoleLocale("")).toBe("zh-CN");
    expect(consoleLocale("zh-CN")).toBe("zh-CN");
    expect(consoleLocale("english")).toBe("zh-CN");
    expect(consoleLocale("en")).toBe("en");
    expect(consoleLocale(" EN-gb ")).toBe("en");
    expect(consoleLocale("en_US.UTF-8")).toBe("en");
  });

  it("gives a console message in Chinese by default and in English under PORTAL_LANG=en, through text()", () => {
    delete process.env.PORTAL_LANG;
    expect(inConsoleLanguage(() => text("console.migrate.upToDate"))).toBe("数据库已是最新。");
    expect(inConsoleLanguage(() => text("console.start.started", { port: "3000", workers: "2", seconds: "1.5" }))).toBe(
      "门户已启动：http://localhost:3000（2 个服务进程，准备用时 1.5 秒）",
    );
    process.env.PORTAL_LANG = "en";
    expect(inConsoleLanguage(() => text("console.migrate.upToDate"))).toBe("The database is up to date.");
    expect(inConsoleLanguage(() => text("console.start.started", { port: "3000", workers: "2", seconds: "1.5" }))).toBe(
      "Portal started: http://localhost:3000 (2 server processes, ready in 1.5 s)",
    );
  });

  it("reaches the tools' errors and descriptions, read inside the run (promises included)", async () => {
    const run = () =>
      inConsoleLanguage(async () => {
        await Promise.resolve();
        let refusal = "";
        try {
          parseManifest("{");
        } catch (err) {
          refusal = (err as Error).message;
        }
        return [describeTarget({ kind: "pglite", dataDir: "/srv/pglite" }), new MigrationChecksumError("20240101_init").message, refusal];
      });
    delete process.env.PORTAL_LANG;
    expect(await run()).toEqual([
      "内置数据库（PGlite）/srv/pglite",
      "已应用的迁移 20240101_init 的内容被修改过（校验和不一致），拒绝继续。请新建迁移而不是修改旧迁移。",
      "备份文件已损坏：清单（manifest.json）不是有效的 JSON。",
    ]);
    process.env.PORTAL_LANG = "en";
    expect(await run()).toEqual([
      "embedded database (PGlite) /srv/pglite",
      "Applied migration 20240101_init has been modified (its checksum differs): stopping. Add a new migration instead of editing an old one.",
      "The backup file is damaged: its manifest (manifest.json) is not valid JSON.",
    ]);
  });

  it("is what a real tool prints (npm run totp:demo with an unknown account)", async () => {
    const root = path.resolve(__dirname, "../..");
    const tool = (vars: Record<string, string>) =>
      promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "lib/cli/totp-demo.ts"), "nobody"], {
        cwd: root,
        env: { ...process.env, PORTAL_LANG: "", LANG: "en_US.UTF-8", ...vars },
      }).then(
        () => "",
        (err: { stderr: string }) => err.stderr.trim(),
      );
    const [zh, en] = await Promise.all([tool({}), tool({ PORTAL_LANG: "en" })]);
    expect(zh).toMatch(/^没有名为“nobody”且启用动态口令的演示账户。可用：reviewer、/);
    expect(en).toMatch(/^No demo account named “nobody” with two-factor sign-in\. Available: reviewer, /);
  }, 30_000);
});

describe("duty roles named at the console", () => {
  it("are taken by code or by name in either language, whatever the console's language", async () => {
    const { parseDutyRole } = await import("../../lib/users/duty-account-common");
    for (const lang of ["zh-CN", "en"]) {
      process.env.PORTAL_LANG = lang;
      inConsoleLanguage(() => {
        expect(parseDutyRole("审计管理员")).toBe("AUDIT_ADMIN");
        expect(parseDutyRole("Audit administrator")).toBe("AUDIT_ADMIN");
        expect(parseDutyRole("security administrator")).toBe("SECURITY_ADMIN");
        expect(parseDutyRole("system_admin")).toBe("SYSTEM_ADMIN");
        expect(() => parseDutyRole("Auditor")).toThrow();
      });
    }
  });
});
