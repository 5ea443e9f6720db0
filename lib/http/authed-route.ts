import "server-only";
import { headers } from "next/headers";
import { isSameOrigin } from "../actions/safe-action";
import { AppError } from "../errors/app-error";
import { getSessionUser, type SessionUser } from "../auth/session";
import { attachmentResponse, errorResponse } from "./responses";
import { enforceRateLimit } from "../security/rate-limit";
import { requestHost } from "./client-address";
import { inLocale } from "../i18n/server-text";
import { requestLocale } from "../i18n/request";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { text } from "../i18n/text";

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** Runs a route handler's work with text() in the requester's language (lib/i18n/request.ts requestLocale). */
export async function inRequestLocale<T>(fn: () => Promise<T>): Promise<T> {
  // Outside a real request (a handler called directly) there is no cookie to read: Chinese, the default.
  const locale = await requestLocale().catch((): Locale => DEFAULT_LOCALE);
  return inLocale(locale, fn);
}

/**
 * Route handlers that change something: same-origin check, session, a body-size ceiling read from
 * Content-Length before the body, and a uuid id; errors answered like server actions, in the requester's
 * language. `tooLarge` is read when needed (a function: text() at module load would fix one language).
 */
export function authedUpload(
  opts: { maxBytes: number; tooLarge: () => string },
  handler: (args: { req: Request; user: SessionUser; id: string }) => Promise<unknown>,
) {
  return (req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> =>
    inRequestLocale(async () => {
      try {
        const h = await headers();
        if (!isSameOrigin(h.get("origin"), requestHost(h))) throw new AppError("BAD_ORIGIN");
        const user = await getSessionUser();
        if (!user) throw new AppError("UNAUTHENTICATED");
        if (user.mustEnrollTotp) throw new AppError("TOTP_ENROLL_REQUIRED");
        const { id } = await ctx.params;
        if (!isUuid(id)) throw new AppError("NOT_FOUND");
        await enforceRateLimit("upload", user.id);
        if (Number(h.get("content-length") ?? 0) > opts.maxBytes + 64 * 1024) throw new AppError("INVALID_INPUT", undefined, { file: [opts.tooLarge()] });
        return Response.json({ ok: true, data: await handler({ req, user, id }) });
      } catch (err) {
        return errorResponse(err);
      }
    });
}

/** The multipart body; a body cut off or not multipart is the sender's mistake (422 in words), not a 500. */
export async function readForm(req: Request): Promise<FormData> {
  try {
    return await req.formData();
  } catch {
    throw new AppError("INVALID_INPUT", undefined, { file: [text("api.unreadableUpload")] });
  }
}

/**
 * Route handlers that only read (in the requester's language, like uploads): session, every path parameter named in `ids` must be a uuid, then the
 * handler builds the response; errors answered like server actions (a bad id is simply not found).
 */
export function authedDownload<P extends Record<string, string>>(
  ids: readonly (keyof P & string)[],
  handler: (args: { req: Request; user: SessionUser; params: P }) => Promise<Response>,
) {
  return (req: Request, ctx: { params: Promise<P> }): Promise<Response> =>
    inRequestLocale(async () => {
      try {
        const user = await getSessionUser();
        if (!user) throw new AppError("UNAUTHENTICATED");
        if (user.mustEnrollTotp) throw new AppError("TOTP_ENROLL_REQUIRED");
        const params = await ctx.params;
        if (ids.some((k) => !isUuid(params[k] ?? ""))) throw new AppError("NOT_FOUND");
        return await handler({ req, user, params });
      } catch (err) {
        return errorResponse(err);
      }
    });
}

type ExportFile = { bytes: Buffer; fileName: string; mimeType: string };

/**
 * GET ?…: a filtered table as a download. The query goes to the data layer as it came (a key given twice
 * becomes a list), where the role check, the strict reading of the filters (bad ones refused with 422) and the
 * audit record of the export are.
 */
export function exportRoute(build: (user: SessionUser, query: Record<string, string | string[]>) => Promise<ExportFile>) {
  return authedDownload<Record<string, never>>([], async ({ req, user }) => {
    const url = new URL(req.url);
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      query[key] = all.length > 1 ? all : all[0]!;
    }
    const file = await build(user, query);
    return attachmentResponse(file.bytes, file.fileName, file.mimeType);
  });
}
