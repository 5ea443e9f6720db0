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
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
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

const usage = () => text("console.adminAccount.usage");

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
  console.log(`  ${text("console.adminAccount.oneTimePassword", { username, password })}`);
  console.log("");
  console.log(`  ${text("console.adminAccount.passwordOnce")}`);
}

async function run(prisma: PrismaClient, argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith("--"));
  const args = rest.filter((a) => !a.startsWith("--"));
  const who = operator();
  switch (command) {
    case "create": {
      if (args.length !== 3 || flags.length) throw new UsageError(text("console.adminAccount.createArgs"));
      const [username, displayName, role] = args as [string, string, string];
      const r = await createDutyAccount(prisma, { username, displayName, role, operator: who });
      console.log(text("console.adminAccount.created", { role: ROLE_LABELS[r.role], username: r.username }));
      showPassword(r.username, r.password);
      return;
    }
    case "reset": {
      const unknown = flags.filter((f) => f !== "--password" && f !== "--two-factor");
      if (args.length !== 1 || unknown.length)
        throw new UsageError(
          unknown.length ? text("console.adminAccount.resetArgsUnknown", { flags: unknown.join(" ") }) : text("console.adminAccount.resetArgs"),
        );
      const both = flags.length === 0;
      const r = await resetDutyAccount(prisma, {
        username: args[0]!,
        password: both || flags.includes("--password"),
        twoFactor: both || flags.includes("--two-factor"),
        operator: who,
      });
      const account = { role: ROLE_LABELS[r.role], username: r.username };
      if (r.password) console.log(text("console.adminAccount.passwordReset", account));
      if (r.twoFactorWasEnabled !== undefined)
        console.log(
          r.twoFactorWasEnabled ? text("console.adminAccount.twoFactorReset", account) : text("console.adminAccount.twoFactorResetNotEnabled", account),
        );
      if (r.password) showPassword(r.username, r.password);
      return;
    }
    case "unlock": {
      if (args.length !== 1 || flags.length) throw new UsageError(text("console.adminAccount.unlockArgs"));
      const r = await unlockDutyAccount(prisma, { username: args[0]!, operator: who });
      const account = { role: ROLE_LABELS[r.role], username: r.username };
      console.log(
        !r.changed
          ? text("console.adminAccount.notLocked", account)
          : r.wasLocked
            ? text("console.adminAccount.unlocked", account)
            : text("console.adminAccount.limitsCleared", account),
      );
      return;
    }
    default:
      throw new UsageError(command && command !== "help" && command !== "--help" ? text("console.adminAccount.unknownCommand", { command }) : "");
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || ["help", "--help", "-h"].includes(argv[0]!)) {
    console.log(usage());
    return argv.length === 0 ? 2 : 0;
  }
  let embedded: EmbeddedDatabase | undefined;
  let url = env().DATABASE_URL;
  if (!url) {
    const dir = env().PGLITE_DATA_DIR;
    // PGlite is one process: a second opener would corrupt the data folder. The running portal keeps this file.
    if (fs.existsSync(path.join(path.resolve(dir), "postmaster.pid"))) {
      console.error(text("console.adminAccount.embeddedBusy", { dir, pidFile: path.join(dir, "postmaster.pid") }));
      return 1;
    }
    console.log(text("console.adminAccount.usingEmbedded", { dir }));
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
      console.error(usage());
      return 2;
    }
    if (err instanceof AppError && err.code !== "INTERNAL") {
      console.error(text("console.adminAccount.refused", { message: err.message }));
      return 1;
    }
    throw err;
  } finally {
    await embedded?.stop();
  }
}

void inConsoleLanguage(() =>
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(text("console.adminAccount.failed", { message: err instanceof Error ? err.message : String(err) }));
      process.exit(1);
    },
  ),
);
