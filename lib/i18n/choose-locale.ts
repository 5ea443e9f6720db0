"use server";
import { cookies, headers } from "next/headers";
import { getSessionUser } from "../auth/session";
import { actorOf } from "../auth/session";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { isSameOrigin } from "../http/same-origin";
import { requestHost } from "../http/client-address";
import { isLocale, LOCALE_COOKIE } from "./locales";

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The language control (header and sign-in page): a plain form post, so it works before scripts load.
 * Remembered for this browser (cookie) and, when signed in, in the account so other browsers follow.
 */
export async function chooseLocaleAction(form: FormData): Promise<void> {
  const h = await headers();
  if (!isSameOrigin(h.get("origin"), requestHost(h))) return;
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  const user = await getSessionUser();
  if (user && user.locale !== locale) {
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { locale } });
      await recordAudit(tx, actorOf(user), { action: "user.locale_changed", entityType: "User", entityId: user.id, summary: { locale } });
    });
  }
}
