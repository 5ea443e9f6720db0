import "server-only";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { db } from "../db/client";
import { getSessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An alliance's name for a page's <title> ("核对并提交：吉林省…联盟 - 平台名"), within the user's scope:
 * a page outside it gets the generic title, never someone else's name. Cached per request.
 */
export const allianceTitle = cache(async (id: string): Promise<string | null> => {
  const user = await getSessionUser();
  if (!user || !UUID.test(id)) return null;
  const row = await db().alliance.findFirst({ where: { AND: [{ id }, allianceScope(user)] }, select: { name: true } });
  return row?.name ?? null;
});

/** `page` alone (already translated), or `page：name` when the alliance is found. */
export async function allianceMetadata(params: Promise<{ id: string }>, page: string | null): Promise<{ title: string }> {
  const t = await getTranslations("alliances.pageTitles");
  const name = await allianceTitle((await params).id);
  if (!name) return { title: page ?? t("generic") };
  return { title: page ? t("pageOfAlliance", { page, name }) : name };
}
