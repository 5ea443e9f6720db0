import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { markRead } from "@/lib/notifications/inbox";
import { isUuid } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// Opening a notice marks it read and follows its link; only in-portal paths are followed.
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  const base = new URL(req.url);
  if (!user) return NextResponse.redirect(new URL("/login", base));
  const { id } = await ctx.params;
  const link = isUuid(id) ? await markRead(user, id) : null;
  return NextResponse.redirect(new URL(link ?? "/notifications", base), 303);
}
