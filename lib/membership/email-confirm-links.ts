import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import { logError } from "../log";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { createTransport, emailEnabled } from "../notifications/email";
import { hitRateLimit, RATE_LIMITS } from "../security/rate-limit";
import { CONFIRM_LINK_DAYS, issueLinkInTx, linkTargets, type IssuedLink } from "./confirm-links";
import { listingOf, type ConfirmedFigures } from "./confirm-status";
import { getOwnAllianceOrThrow } from "./own-alliance";
import { ZContactEmail } from "../validation/filing";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";
import { CHAIN_LABEL, MEMBER_ROLE_LABEL } from "../i18n/labels";

// Issue #17 item 9: member units are told. With a mail server (SMTP_URL) the filer sends each member unit's
// one-time confirmation link to the contact e-mail recorded in the member list; each send issues a fresh link
// (the previous one stops working), is audited with the address masked, and is limited per member unit
// (RATE_LIMITS.confirmEmail) so the portal cannot be used to flood a mailbox. Without a mail server the
// copy-the-link flow (issueConfirmLinks) stays.

/** The refusal when the portal has no mail server, in the current language. */
export function noMailMessage(): string {
  return text("memberMail.noMail");
}

export type SkipReason = "NO_EMAIL" | "RATE_LIMITED";

export interface EmailOutcome {
  sent: { membershipId: string; name: string; to: string; expiresAt: Date }[];
  /** The mail server refused or could not be reached: the link is handed to the filer to pass on instead. */
  failed: IssuedLink[];
  skipped: { membershipId: string; name: string; reason: SkipReason; retryAfterSeconds?: number }[];
}

// The link's last moment in Beijing time, e.g. 2027年1月1日 17:50.
const beijing = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai", hour12: false });

const ROLE: Record<string, string> = MEMBER_ROLE_LABEL;
const CHAIN: Record<string, string> = CHAIN_LABEL;

// The mail goes to a member unit's contact outside the portal, whose language the portal does not know: it is
// written in Chinese, the language of the filing, whatever the sender's page shows.
const MAIL_LOCALE = "zh-CN";

/** The mail's subject line. */
export function confirmMailSubject(): string {
  return inLocale(MAIL_LOCALE, () => text("memberMail.mail.subject"));
}

/** The mail: who asks, the listing as filed, the link and its last day. Plain text, nothing from the member's side. */
export function composeConfirmMail(allianceName: string, listing: ConfirmedFigures, url: string, expiresAt: Date): string {
  return inLocale(MAIL_LOCALE, () => {
    const lines = [
      text("memberMail.mail.greeting", { name: listing.name }),
      "",
      text("memberMail.mail.listed", { alliance: allianceName }),
      text("memberMail.mail.role", { role: ROLE[listing.role] ?? listing.role }),
    ];
    if (listing.chainPosition) lines.push(text("memberMail.mail.chain", { chain: CHAIN[listing.chainPosition] ?? listing.chainPosition }));
    if (listing.outputValue2022 !== null) lines.push(text("memberMail.mail.output", { value: listing.outputValue2022 }));
    if (listing.profitTax2022 !== null) lines.push(text("memberMail.mail.profitTax", { value: listing.profitTax2022 }));
    lines.push(
      "",
      text("memberMail.mail.instructions"),
      url,
      "",
      text("memberMail.mail.expiry", { expires: beijing.format(expiresAt), days: CONFIRM_LINK_DAYS }),
      "",
      "——",
      text("memberMail.mail.footer"),
    );
    return lines.join("\n");
  });
}

/**
 * E-mails a fresh confirmation link to each named (or every) unconfirmed member unit that has a contact e-mail.
 * Members without an address, or over the sending limit, are listed as skipped; naming exactly one member that
 * is over the limit is refused (the filer pressed 重新发送 too often).
 */
export async function emailConfirmLinks(
  user: SessionUser,
  input: { allianceId: string; membershipIds?: string[] | undefined },
  baseUrl: string,
  opts: { transport?: Transporter; now?: Date } = {},
): Promise<EmailOutcome> {
  const now = opts.now ?? new Date();
  // Scope first: another enterprise's filer learns nothing, not even whether mail is configured.
  const before = await getOwnAllianceOrThrow(db(), user, input.allianceId);
  const candidates = linkTargets(before, input.membershipIds);
  if (!opts.transport && !emailEnabled()) throw new AppError("CONFLICT", undefined, { _form: [noMailMessage()] });

  const outcome: EmailOutcome = { sent: [], failed: [], skipped: [] };
  const allowed = new Set<string>();
  for (const m of candidates) {
    // Checked again when sending: an address written to the row some other way must not add recipients or headers.
    if (!m.contactEmail || !ZContactEmail.safeParse(m.contactEmail).success) {
      outcome.skipped.push({ membershipId: m.id, name: m.organization.name, reason: "NO_EMAIL" });
      continue;
    }
    const limit = await hitRateLimit("confirmEmail", m.id, now);
    if (limit.allowed) allowed.add(m.id);
    else outcome.skipped.push({ membershipId: m.id, name: m.organization.name, reason: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds });
  }
  const single = input.membershipIds?.length === 1 ? outcome.skipped[0] : undefined;
  if (single?.reason === "RATE_LIMITED") {
    const { limit, windowSeconds } = RATE_LIMITS.confirmEmail;
    const minutes = Math.max(1, Math.ceil((single.retryAfterSeconds ?? windowSeconds) / 60));
    throw new AppError("RATE_LIMITED", undefined, {
      _form: [text("memberMail.rateLimited", { name: single.name, hours: windowSeconds / 3600, limit, minutes })],
    });
  }
  if (single?.reason === "NO_EMAIL") throw new AppError("INVALID_INPUT", undefined, { _form: [text("memberMail.noContactEmail", { name: single.name })] });

  const expiresAt = new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);
  const issued = await db().$transaction(async (tx) => {
    const alliance = await getOwnAllianceOrThrow(tx, user, input.allianceId);
    const out: { link: IssuedLink; to: string; listing: ConfirmedFigures; allianceName: string }[] = [];
    // Re-read inside the transaction: a member confirmed or removed meanwhile is left alone.
    for (const m of linkTargets(alliance, input.membershipIds)) {
      if (!allowed.has(m.id) || !m.contactEmail || !ZContactEmail.safeParse(m.contactEmail).success) continue;
      const link = await issueLinkInTx(tx, user, alliance, m, baseUrl, expiresAt, { to: m.contactEmail, resend: m.confirmEmailedAt !== null });
      out.push({ link, to: m.contactEmail, listing: listingOf(m), allianceName: alliance.name });
    }
    return out;
  });

  // After commit: a mail server that is slow or down never holds the transaction.
  const transport = opts.transport ?? createTransport();
  for (const { link, to, listing, allianceName } of issued) {
    try {
      await transport.sendMail({
        from: env().SMTP_FROM,
        to,
        subject: confirmMailSubject(),
        text: composeConfirmMail(allianceName, listing, link.url, link.expiresAt),
      });
      // Marked sent only while this link is still the member's current one.
      await db().membership.updateMany({ where: { id: link.membershipId, confirmTokenExpires: link.expiresAt }, data: { confirmEmailedAt: new Date() } });
      outcome.sent.push({ membershipId: link.membershipId, name: link.name, to, expiresAt: link.expiresAt });
    } catch (err) {
      logError(`member confirmation mail for ${link.membershipId} failed`, err instanceof Error ? err.name : "error");
      outcome.failed.push(link);
    }
  }
  return outcome;
}
