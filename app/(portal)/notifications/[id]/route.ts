import { getSessionUser } from "@/lib/auth/session";
import { markRead } from "@/lib/notifications/inbox";
import { isUuid } from "@/lib/http/authed-route";
import { relativeRedirect } from "@/lib/http/relative-redirect";

export const dynamic = "force-dynamic";

// Opening a notice marks it read and follows its link; only in-portal paths are followed, and the
// redirect is relative: built from req.url it answered http://localhost:3100/… behind a proxy.
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return relativeRedirect("/login", 303);
  const { id } = await ctx.params;
  const link = isUuid(id) ? await markRead(user, id) : null;
  return relativeRedirect(link ?? "/notifications", 303, "/notifications");
}
