import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";

export const NOTIFICATION_PAGE_SIZE = 30;

// Every query is keyed by the signed-in user's id: nobody reads or marks another's notices.
export async function unreadCount(user: SessionUser): Promise<number> {
  return db().notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(user: SessionUser, page = 1) {
  const where = { userId: user.id };
  const [rows, total] = await Promise.all([
    db().notification.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * NOTIFICATION_PAGE_SIZE, take: NOTIFICATION_PAGE_SIZE }),
    db().notification.count({ where }),
  ]);
  return { rows, total, page, pageSize: NOTIFICATION_PAGE_SIZE };
}

/**
 * A path inside the portal ("/alliances/…"); anything else is never followed. Resolved the way a browser
 * resolves it: a backslash ("/\host") or a tab ("/\t/host") leaves the site just like "//host" does.
 */
export function isPortalPath(link: string | null | undefined): link is string {
  if (typeof link !== "string" || !link.startsWith("/")) return false;
  try {
    return new URL(link, "http://portal.invalid").host === "portal.invalid";
  } catch {
    return false;
  }
}

/** Marks one as read and gives its link if it stays inside the portal, so opening a notice both reads and follows it. */
export async function markRead(user: SessionUser, id: string): Promise<string | null> {
  const n = await db().notification.findFirst({ where: { id, userId: user.id } });
  if (!n) return null;
  if (!n.readAt) await db().notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return isPortalPath(n.link) ? n.link : null;
}

export async function markAllRead(user: SessionUser): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
