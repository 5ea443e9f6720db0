import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { inRequestLocale } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

/** next-auth parses a JSON body without catching: a broken one would be a 500. Answered 400 in words instead. */
async function brokenJson(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !req.headers.get("content-type")?.includes("application/json")) return null;
  try {
    JSON.parse(await req.clone().text());
    return null;
  } catch {
    return Response.json({ ok: false, code: "INVALID_INPUT", fieldErrors: { _form: [text("api.badJson")] } }, { status: 400 });
  }
}

const handler = async (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) =>
  (await inRequestLocale(() => brokenJson(req))) ??
  // next-auth 4 reads params synchronously; Next 16 passes them as a promise.
  ctx.params.then((params) => NextAuth(req, { params }, authOptions()));

export { handler as GET, handler as POST };
