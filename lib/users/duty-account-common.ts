import crypto from "node:crypto";
import type { Role } from "../db/generated/enums";
import type { Tx } from "../db/client";
import type { AuditActor } from "../audit/record";
import { AppError } from "../errors/app-error";
import { ADMIN_DUTIES, ROLES } from "../auth/roles";
import { passwordProblems } from "../auth/password-policy";
import { ROLE_LABELS } from "../workflow/states";
import { messagesFor } from "../i18n/catalogue";
import { LOCALES } from "../i18n/locales";
import { ROLE_COMBINATION_MESSAGES } from "./role-check";
import { text } from "../i18n/text";
// The server command (lib/cli/admin-account.ts) runs in plain Node, outside any request: this gives text() the
// catalogue there (Chinese); in the server it is already loaded.
import "../i18n/server-text";

// The three administrator duty accounts (三员分立, GB/T 22239-2019 8.1.4.2 c, 8.1.4.3) are set up and recovered by the
// deployment's owner on the server (`npm run admin:account`, lib/cli/admin-account.ts), never by one of the three in
// the portal (lib/users/duty-guard.ts). These verbs take the database client they are given (the command opens the
// embedded database or DATABASE_URL itself) and import nothing server-only, so the command runs in plain Node.

/** How the audit log names whoever ran the command: a person at the server, not an account of the portal. */
// Stored as AuditEvent.actorName (data); the audit screens label it in the reader's language.
export const DEPLOYMENT_OWNER = "部署负责人（服务器命令）"; // i18n-data

export function deploymentOwnerActor(): AuditActor {
  return { actorId: null, actorName: DEPLOYMENT_OWNER, actorRole: null, ip: null };
}

/** The command's refusals in the current language (Chinese at the server's command line), read when used. */
export const DUTY_ACCOUNT_MESSAGES = {
  roleUnknown: (v: string) => text("userRules.dutyAccounts.roleUnknown", { value: v }),
  get roleMissing() {
    return text("userRules.dutyAccounts.roleMissing");
  },
  business: (labels: string) => text("userRules.dutyAccounts.business", { labels }),
  get twoDuties() {
    return ROLE_COMBINATION_MESSAGES.DUTY_CONFLICT!;
  },
  get taken() {
    return text("userRules.dutyAccounts.taken");
  },
  notFound: (username: string) => text("userRules.dutyAccounts.notFound", { username }),
  get notDuty() {
    return text("userRules.dutyAccounts.notDuty");
  },
  mixed: (labels: string) => text("userRules.dutyAccounts.mixed", { labels }),
  get nothingToReset() {
    return text("userRules.dutyAccounts.nothingToReset");
  },
};

const refuse = (code: "INVALID_INPUT" | "DUTY_CONFLICT" | "NOT_FOUND" | "USERNAME_TAKEN" | "FORBIDDEN", field: string, message: string) =>
  new AppError(code, message, { [field]: [message] });

const roleLabel = (r: Role) => ROLE_LABELS[r];

/** The role of a new duty account, from the code (any case) or its name in either language: exactly one of the three duties. */
export function parseDutyRole(input: string | readonly string[]): Role {
  // The role's code, or its name in either language: an operator's console may be in English (PORTAL_LANG) and
  // the deployment notes in Chinese. Names are listed with commas (English names hold spaces); codes also with spaces.
  const named = (p: string) => ROLES.find((r) => r === p.toUpperCase() || LOCALES.some((l) => messagesFor(l).roles[r].toLowerCase() === p.toLowerCase()));
  const pieces = (typeof input === "string" ? input.split(/[,，、]+/) : input).map((p) => p.trim()).filter(Boolean);
  const parts = pieces.flatMap((p) => (named(p) ? [p] : p.split(/\s+/)));
  if (parts.length === 0) throw refuse("INVALID_INPUT", "role", DUTY_ACCOUNT_MESSAGES.roleMissing);
  const roles = parts.map((p) => {
    const role = named(p);
    if (!role) throw refuse("INVALID_INPUT", "role", DUTY_ACCOUNT_MESSAGES.roleUnknown(p));
    return role;
  });
  const business = [...new Set(roles.filter((r) => !ADMIN_DUTIES.includes(r)))];
  if (business.length) throw refuse("INVALID_INPUT", "role", DUTY_ACCOUNT_MESSAGES.business(business.map(roleLabel).join(text("shell.listSeparator"))));
  const duties = [...new Set(roles)];
  if (duties.length > 1) throw refuse("DUTY_CONFLICT", "role", DUTY_ACCOUNT_MESSAGES.twoDuties);
  return duties[0]!;
}

export interface DutyAccount {
  id: string;
  username: string;
  role: Role;
  lockedUntil: Date | null;
  failedLoginCount: number;
  totpEnabledAt: Date | null;
}

/** An existing account that holds exactly one of the three duties and nothing else; any other account is refused. */
export async function findDutyAccountOrThrow(tx: Tx, usernameRaw: string): Promise<DutyAccount> {
  const username = usernameRaw.trim().toLowerCase();
  const row = await tx.user.findUnique({
    where: { username },
    select: { id: true, username: true, roles: true, lockedUntil: true, failedLoginCount: true, totpEnabledAt: true },
  });
  if (!row) throw refuse("NOT_FOUND", "username", DUTY_ACCOUNT_MESSAGES.notFound(username));
  const duties = row.roles.filter((r) => ADMIN_DUTIES.includes(r));
  if (duties.length === 0) throw refuse("FORBIDDEN", "username", DUTY_ACCOUNT_MESSAGES.notDuty);
  // Recovering an account that holds two duties (or a duty and a business role) would hand one person both.
  if (row.roles.length > 1) throw refuse("DUTY_CONFLICT", "username", DUTY_ACCOUNT_MESSAGES.mixed(row.roles.map(roleLabel).join(text("shell.listSeparator"))));
  return {
    id: row.id,
    username: row.username,
    role: duties[0]!,
    lockedUntil: row.lockedUntil,
    failedLoginCount: row.failedLoginCount,
    totpEnabledAt: row.totpEnabledAt,
  };
}

// No look-alikes (0/O, 1/l/I), so the password can be read aloud or copied from paper.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";
const ALL = UPPER + LOWER + DIGITS;

/**
 * A one-time password: four groups of four from 56 characters (about 93 bits), joined by "-", with upper and lower
 * case and a digit, so it passes the password policy (lib/auth/password-policy.ts). Shown once; its owner replaces it.
 */
export function generateOneTimePassword(username = ""): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALL[crypto.randomInt(ALL.length)]!);
    const pw = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
    if (/[A-Z]/.test(pw) && /[a-z]/.test(pw) && /[2-9]/.test(pw) && passwordProblems(pw, username).length === 0) return pw;
  }
}

/** Who ran the command on the server, as the audit record keeps it: operating-system account and host, cut short. */
export function operatorLabel(operator: string | undefined): string | undefined {
  const v = (operator ?? "").replace(/[\u0000-\u001f]/g, "").trim();
  return v ? v.slice(0, 80) : undefined;
}
