import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import { logError } from "../log";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { translatorIn } from "../i18n/server-text";
import { isPortalPath } from "./inbox";

/**
 * Email copies of notifications, sent after the workflow's transaction commits (notify.ts queues
 * them as PENDING). Each row is claimed with a conditional update (PENDING → SENDING) before it is
 * sent, so two dispatchers (two requests, two processes) never send the same notice twice.
 * While a row is SENDING, emailedAt holds the claim time; a claim older than STALE_CLAIM_MS (the
 * process died mid-send) is put back as a failed attempt.
 */

const MAX_ATTEMPTS = 3;
const DEFAULT_LIMIT = 50;
const STALE_CLAIM_MS = 15 * 60_000;
// One plain address: no spaces, commas or angle brackets that would add recipients or headers.
const PLAIN_ADDRESS = /^[^\s@,;<>()"\\]+@[^\s@,;<>()"\\]+\.[^\s@,;<>()"\\]+$/;

/** The language a user reads notices and mail in: their account setting (User.locale), else Chinese. */
export function recipientLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

let cachedTransport: { url: string; transport: Transporter } | undefined;

export function emailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

/** The SMTP transport for SMTP_URL, built once (and again only if the URL changes). */
export function createTransport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (cachedTransport?.url !== url) {
    // Bounded timeouts keep a send well inside STALE_CLAIM_MS.
    const transport = nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    cachedTransport = { url, transport };
  }
  return cachedTransport.transport;
}

/** Sends queued email copies. Never throws for a failed send: the notice itself is already committed. */
export async function sendPendingEmails(opts: { limit?: number; transport?: Transporter } = {}): Promise<{ sent: number; failed: number }> {
  if (!opts.transport && !emailEnabled()) return { sent: 0, failed: 0 };
  const transport = opts.transport ?? createTransport();
  await releaseStaleClaims();

  const candidates = await db().notification.findMany({
    where: { emailStatus: "PENDING", emailAttempts: { lt: MAX_ATTEMPTS } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.limit ?? DEFAULT_LIMIT,
    select: {
      id: true,
      title: true,
      body: true,
      link: true,
      emailAttempts: true,
      user: { select: { email: true, displayName: true, active: true, locale: true } },
    },
  });

  let sent = 0;
  let failed = 0;
  for (const n of candidates) {
    const claim = await db().notification.updateMany({
      where: { id: n.id, emailStatus: "PENDING", emailAttempts: n.emailAttempts },
      data: { emailStatus: "SENDING", emailedAt: new Date() },
    });
    if (claim.count !== 1) continue; // another dispatcher has it

    const address = n.user.email?.trim() ?? "";
    if (!n.user.active || !PLAIN_ADDRESS.test(address)) {
      // Not worth retrying: the account was disabled or its address removed after the notice was queued.
      await db().notification.updateMany({
        where: { id: n.id, emailStatus: "SENDING" },
        data: { emailStatus: "FAILED", emailedAt: null, emailError: n.user.active ? "recipient has no usable email address" : "recipient account is disabled" },
      });
      failed += 1;
      continue;
    }

    try {
      // The mail's own words in the recipient's language, like the notice it copies (written so at creation).
      const t = translatorIn(recipientLocale(n.user.locale));
      await transport.sendMail({
        from: env().SMTP_FROM,
        to: address,
        subject: headerSafe(t("mail.subject", { title: n.title })),
        text: composeText(t, n.user.displayName, n.title, n.body, n.link),
      });
      await db().notification.updateMany({
        where: { id: n.id, emailStatus: "SENDING" },
        data: { emailStatus: "SENT", emailedAt: new Date(), emailError: null },
      });
      sent += 1;
    } catch (err) {
      const attempts = n.emailAttempts + 1;
      const reason = redact(err instanceof Error ? err.message : String(err)).slice(0, 500);
      await db().notification.updateMany({
        where: { id: n.id, emailStatus: "SENDING" },
        data: { emailStatus: attempts < MAX_ATTEMPTS ? "PENDING" : "FAILED", emailAttempts: attempts, emailError: reason, emailedAt: null },
      });
      logError(`notification email ${n.id} failed (attempt ${attempts}/${MAX_ATTEMPTS})`, reason);
      failed += 1;
    }
  }
  return { sent, failed };
}

let running: Promise<void> | undefined;
let again = false;

/** Fire-and-forget dispatch right after a commit; overlapping calls in one process are coalesced. */
export function scheduleEmailDispatch(): void {
  if (!emailEnabled()) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      await sendPendingEmails();
    } while (again);
  })()
    .catch((err: unknown) => logError("notification email dispatch failed", redact(err instanceof Error ? err.message : String(err))))
    .finally(() => {
      running = undefined;
    });
}

/** Claims left SENDING by a process that died count as one failed attempt and go back to the queue. */
async function releaseStaleClaims(): Promise<void> {
  const staleBefore = new Date(Date.now() - STALE_CLAIM_MS);
  const stale = { emailStatus: "SENDING", emailedAt: { lt: staleBefore } };
  const emailError = "interrupted while sending";
  await db().notification.updateMany({
    where: { ...stale, emailAttempts: { gte: MAX_ATTEMPTS - 1 } },
    data: { emailStatus: "FAILED", emailAttempts: { increment: 1 }, emailError, emailedAt: null },
  });
  await db().notification.updateMany({
    where: { ...stale, emailAttempts: { lt: MAX_ATTEMPTS - 1 } },
    data: { emailStatus: "PENDING", emailAttempts: { increment: 1 }, emailError, emailedAt: null },
  });
}

function composeText(t: ReturnType<typeof translatorIn>, displayName: string, title: string, body: string | null, link: string | null): string {
  const lines = [t("mail.greeting", { name: displayName }), "", title];
  if (body) lines.push("", body);
  const url = absoluteLink(link);
  if (url) lines.push("", t("mail.details", { url }));
  lines.push("", "——", t("mail.footer"));
  return lines.join("\n");
}

/** Only portal-relative paths ("/alliances/…") are turned into links; anything else is left out. */
function absoluteLink(link: string | null): string | undefined {
  const base = env().PUBLIC_BASE_URL;
  if (!base || !isPortalPath(link)) return undefined;
  return base.replace(/\/+$/, "") + link;
}

function headerSafe(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
}

/** SMTP errors must not leak the SMTP credentials into the database or the log. */
function redact(message: string): string {
  let out = message;
  const url = env().SMTP_URL;
  if (url) {
    out = out.split(url).join("[SMTP_URL]");
    try {
      const { password } = new URL(url);
      if (password) out = out.split(password).join("***").split(decodeURIComponent(password)).join("***");
    } catch {
      // SMTP_URL was validated as a URL by lib/env.ts
    }
  }
  return out.replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, "$1***@");
}

/** Retries what failed and what an interrupted process left behind, once a minute while SMTP is configured. */
export function startEmailRetryTimer(intervalMs = 60_000): void {
  if (!emailEnabled()) return;
  setInterval(scheduleEmailDispatch, intervalMs).unref();
}
