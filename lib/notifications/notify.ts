import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { emailEnabled } from "./email";

export interface NotificationInput {
  /** What happened, for filtering and icons: e.g. "alliance.DIVISION_REVIEW", "objection.received". */
  kind: string;
  title: string;
  body?: string;
  /** A path inside the portal, e.g. /alliances/<id>. */
  link?: string;
}

/**
 * Notifies every active user matching `who`, inside the caller's transaction, so the notice exists
 * exactly when the change does. An email copy is queued (emailStatus PENDING) when SMTP is set up and
 * the user has an address; it is sent after commit by lib/notifications/email.
 */
export async function notifyUsers(tx: Tx, who: Prisma.UserWhereInput, n: NotificationInput, exceptUserId?: string): Promise<number> {
  const users = await tx.user.findMany({
    where: { AND: [who, { active: true }, exceptUserId ? { id: { not: exceptUserId } } : {}] },
    select: { id: true, email: true },
  });
  if (users.length === 0) return 0;
  const mail = emailEnabled();
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      kind: n.kind,
      title: n.title,
      body: n.body ?? null,
      link: n.link ?? null,
      emailStatus: mail && u.email ? "PENDING" : null,
    })),
  });
  return users.length;
}
