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

// Issue #17 item 9: member units are told. With a mail server (SMTP_URL) the filer sends each member unit's
// one-time confirmation link to the contact e-mail recorded in the member list; each send issues a fresh link
// (the previous one stops working), is audited with the address masked, and is limited per member unit
// (RATE_LIMITS.confirmEmail) so the portal cannot be used to flood a mailbox. Without a mail server the
// copy-the-link flow (issueConfirmLinks) stays.

export const NO_MAIL = "平台未配置邮件服务，无法发送邮件；请生成确认链接后复制转交成员单位联系人。";
const SUBJECT = "【吉林省科技创新联盟备案平台】请确认贵单位在联盟备案中的成员信息";

export type SkipReason = "NO_EMAIL" | "RATE_LIMITED";

export interface EmailOutcome {
  sent: { membershipId: string; name: string; to: string; expiresAt: Date }[];
  /** The mail server refused or could not be reached: the link is handed to the filer to pass on instead. */
  failed: IssuedLink[];
  skipped: { membershipId: string; name: string; reason: SkipReason; retryAfterSeconds?: number }[];
}

// The link's last moment in Beijing time, e.g. 2027年1月1日 17:50.
const beijing = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai", hour12: false });

const ROLE: Record<string, string> = { CHAIR: "理事长单位", VICE_CHAIR: "副理事长单位", COUNCIL: "理事单位", MEMBER: "成员单位" };
const CHAIN: Record<string, string> = { UPSTREAM: "上游", MIDSTREAM: "中游", DOWNSTREAM: "下游" };

/** The mail: who asks, the listing as filed, the link and its last day. Plain text, nothing from the member's side. */
export function composeConfirmMail(allianceName: string, listing: ConfirmedFigures, url: string, expiresAt: Date): string {
  const lines = [
    `${listing.name}联系人，您好：`,
    "",
    `“${allianceName}”的牵头单位在吉林省重点产业科技创新联盟备案中将贵单位登记为成员单位，登记信息如下：`,
    `  联盟职务：${ROLE[listing.role] ?? listing.role}`,
  ];
  if (listing.chainPosition) lines.push(`  产业链位置：${CHAIN[listing.chainPosition] ?? listing.chainPosition}`);
  if (listing.outputValue2022 !== null) lines.push(`  2022年产值：${listing.outputValue2022} 万元`);
  if (listing.profitTax2022 !== null) lines.push(`  2022年利税：${listing.profitTax2022} 万元`);
  lines.push(
    "",
    "请打开下面的一次性链接核对上述信息，选择“确认无误”或“信息有误”并说明：",
    url,
    "",
    `链接有效期至 ${beijing.format(expiresAt)}（北京时间，${CONFIRM_LINK_DAYS} 天），仅能使用一次。如链接已失效，请联系联盟牵头单位重新发送。`,
    "",
    "——",
    "本邮件由吉林省科技创新联盟备案平台自动发送，请勿直接回复。如贵单位并未参加该联盟，请在链接页面选择“信息有误”说明。",
  );
  return lines.join("\n");
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
  if (!opts.transport && !emailEnabled()) throw new AppError("CONFLICT", undefined, { _form: [NO_MAIL] });

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
      _form: [`${single.name}的确认邮件在 ${windowSeconds / 3600} 小时内最多发送 ${limit} 次，请 ${minutes} 分钟后再试。`],
    });
  }
  if (single?.reason === "NO_EMAIL") throw new AppError("INVALID_INPUT", undefined, { _form: [`${single.name}尚未登记联系人邮箱，请先在成员名单中填写。`] });

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
      await transport.sendMail({ from: env().SMTP_FROM, to, subject: SUBJECT, text: composeConfirmMail(allianceName, listing, link.url, link.expiresAt) });
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
