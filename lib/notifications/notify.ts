import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import type { Locale } from "../i18n/locales";
import { translatorIn } from "../i18n/server-text";
import { emailEnabled, recipientLocale } from "./email";

/** A translator in the recipient's language (lib/i18n/server-text.ts translatorIn). */
export type RecipientTranslator = ReturnType<typeof translatorIn>;

/**
 * A notice's text. Notices are stored as text when they are created, so each is written in its recipient's
 * language (User.locale, Chinese when unset): give a function of the recipient's translator, e.g.
 * `(t) => t("review.notice.title", { name })`. A plain string is stored as it is for every recipient
 * (data such as an alliance's name, or text not yet in the catalogue).
 */
export type NoticeText = string | ((t: RecipientTranslator, locale: Locale) => string);

export interface NotificationInput {
  /** What happened, for filtering and icons: e.g. "alliance.DIVISION_REVIEW", "objection.received". */
  kind: string;
  title: NoticeText;
  body?: NoticeText;
  /** A path inside the portal, e.g. /alliances/<id>. */
  link?: string;
}

/** A notice text written in one language. */
export function renderNoticeText(value: NoticeText, locale: Locale): string {
  return typeof value === "function" ? value(translatorIn(locale), locale) : value;
}

/**
 * Notifies every active user matching `who`, inside the caller's transaction, so the notice exists
 * exactly when the change does; each notice is written in its recipient's language. An email copy is
 * queued (emailStatus PENDING) when SMTP is set up and the user has an address; it is sent after commit
 * by lib/notifications/email.
 */
export async function notifyUsers(tx: Tx, who: Prisma.UserWhereInput, n: NotificationInput, exceptUserId?: string): Promise<number> {
  const users = await tx.user.findMany({
    where: { AND: [who, { active: true }, exceptUserId ? { id: { not: exceptUserId } } : {}] },
    select: { id: true, email: true, locale: true },
  });
  if (users.length === 0) return 0;
  const mail = emailEnabled();
  const written = new Map<Locale, { title: string; body: string | null }>();
  const inLanguage = (locale: Locale) => {
    let w = written.get(locale);
    if (!w) {
      w = { title: renderNoticeText(n.title, locale), body: n.body === undefined ? null : renderNoticeText(n.body, locale) };
      written.set(locale, w);
    }
    return w;
  };
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      kind: n.kind,
      ...inLanguage(recipientLocale(u.locale)),
      link: n.link ?? null,
      emailStatus: mail && u.email ? "PENDING" : null,
    })),
  });
  return users.length;
}
