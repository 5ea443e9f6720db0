// npm run admin:account -- <create|reset|unlock> …: the deployment's owner sets up and recovers the three administrator
// duty accounts (系统管理员、安全管理员、审计管理员) on the server. 三员分立 (GB/T 22239-2019 8.1.4.2 c, 8.1.4.3): none of
// the three may create, reset or unlock another's account in the portal (lib/users/duty-guard.ts), so this command,
// run by whoever holds the server, is the one way. Every action is audited as "部署负责人（服务器命令）" with the
// server account that ran it; the audit administrator reads it on /audit.
//
// Embedded database (no DATABASE_URL): opens PGLITE_DATA_DIR itself, so stop the portal first. PostgreSQL: runs beside it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrisma } from "../db/create-prisma";
import { applyMigrations } from "../db/migrate";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/pglite-server";
import type { PrismaClient } from "../db/generated/client";
import { AppError } from "../errors/app-error";
import { ROLE_LABELS } from "../workflow/states";
import { createDutyAccount } from "../users/create-duty-account";
import { resetDutyAccount } from "../users/reset-duty-account";
import { unlockDutyAccount } from "../users/unlock-duty-account";
import { env } from "../env";

const USAGE = `用法（在服务器上由部署负责人执行）：
  npm run admin:account -- create <用户名> <姓名> <职责>
      设立管理员账户；职责为 SYSTEM_ADMIN（系统管理员）、SECURITY_ADMIN（安全管理员）或 AUDIT_ADMIN（审计管理员）之一
  npm run admin:account -- reset <用户名> [--password] [--two-factor]
      重置管理员账户的密码（新的一次性密码）和/或双因素登录；两项都不写时两项都重置
  npm run admin:account -- unlock <用户名>
      解除管理员账户的锁定

一次性密码只显示这一次：请当面或密封交给账户本人，本人首次登录须修改密码并绑定动态口令。
使用内置数据库时请先停止门户；设置了 DATABASE_URL 时可在门户运行时执行。每次操作都记入审计日志。`;

class UsageError extends Error {}

function operator(): string {
  let user = "unknown";
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): the host still says where it ran.
  }
  return `${user}@${os.hostname()}`;
}

function showPassword(username: string, password: string) {
  console.log("");
  console.log(`  账户 ${username} 的一次性密码：${password}`);
  console.log("");
  console.log("  此密码只显示这一次，不会保存或再次显示。请当面或密封交给账户本人；本人首次登录须修改密码并绑定动态口令。");
}

async function run(prisma: PrismaClient, argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith("--"));
  const args = rest.filter((a) => !a.startsWith("--"));
  const who = operator();
  switch (command) {
    case "create": {
      if (args.length !== 3 || flags.length) throw new UsageError("create 需要三个参数：<用户名> <姓名> <职责>");
      const [username, displayName, role] = args as [string, string, string];
      const r = await createDutyAccount(prisma, { username, displayName, role, operator: who });
      console.log(`✓ 已设立${ROLE_LABELS[r.role]}账户 ${r.username}（已记入审计日志）`);
      showPassword(r.username, r.password);
      return;
    }
    case "reset": {
      const unknown = flags.filter((f) => f !== "--password" && f !== "--two-factor");
      if (args.length !== 1 || unknown.length)
        throw new UsageError(`reset 需要一个参数 <用户名>，选项只有 --password 和 --two-factor${unknown.length ? `（不认识：${unknown.join(" ")}）` : ""}`);
      const both = flags.length === 0;
      const r = await resetDutyAccount(prisma, {
        username: args[0]!,
        password: both || flags.includes("--password"),
        twoFactor: both || flags.includes("--two-factor"),
        operator: who,
      });
      if (r.password) console.log(`✓ 已重置${ROLE_LABELS[r.role]}账户 ${r.username} 的密码；该账户的会话全部失效，锁定已解除（已记入审计日志）`);
      if (r.twoFactorWasEnabled !== undefined)
        console.log(
          `✓ 已重置${ROLE_LABELS[r.role]}账户 ${r.username} 的双因素登录${r.twoFactorWasEnabled ? "：原动态口令作废，本人登录后须重新绑定" : "（此前尚未启用）"}（已记入审计日志）`,
        );
      if (r.password) showPassword(r.username, r.password);
      return;
    }
    case "unlock": {
      if (args.length !== 1 || flags.length) throw new UsageError("unlock 需要一个参数 <用户名>");
      const r = await unlockDutyAccount(prisma, { username: args[0]!, operator: who });
      console.log(
        r.changed
          ? `✓ 已解除${ROLE_LABELS[r.role]}账户 ${r.username} 的${r.wasLocked ? "锁定" : "登录失败计数与按来源地址的登录限制"}（已记入审计日志）`
          : `${ROLE_LABELS[r.role]}账户 ${r.username} 未被锁定，无需解锁（未作改动）`,
      );
      return;
    }
    default:
      throw new UsageError(command && command !== "help" && command !== "--help" ? `不认识的操作“${command}”` : "");
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || ["help", "--help", "-h"].includes(argv[0]!)) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  let embedded: EmbeddedDatabase | undefined;
  let url = env().DATABASE_URL;
  if (!url) {
    const dir = env().PGLITE_DATA_DIR;
    // PGlite is one process: a second opener would corrupt the data folder. The running portal keeps this file.
    if (fs.existsSync(path.join(path.resolve(dir), "postmaster.pid"))) {
      console.error(
        `内置数据库 ${dir} 正被另一个进程使用（门户正在运行？）。请先停止门户（npm start 所在终端按 Ctrl+C）再执行此命令。\n若确认门户已停止，该文件是上次未正常关闭留下的：删除 ${path.join(dir, "postmaster.pid")} 后重试。`,
      );
      return 1;
    }
    console.log(`使用内置数据库 ${dir}`);
    embedded = await startEmbeddedDatabase(dir);
    url = embedded.url;
  }
  try {
    // A new deployment may set up its administrators before the portal's first start.
    await applyMigrations(url);
    const prisma = createPrisma(url, 1);
    try {
      await run(prisma, argv);
      return 0;
    } finally {
      await prisma.$disconnect();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) console.error(err.message);
      console.error(USAGE);
      return 2;
    }
    if (err instanceof AppError && err.code !== "INTERNAL") {
      console.error(`✗ 未执行：${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`管理员账户命令失败：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
