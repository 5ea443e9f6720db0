import "server-only";
import { headers } from "next/headers";
import { isSameOrigin } from "../actions/safe-action";
import { AppError } from "../errors/app-error";
import { getSessionUser, type SessionUser } from "../auth/session";
import { attachmentResponse, errorResponse } from "./responses";
import { enforceRateLimit } from "../security/rate-limit";
import { requestHost } from "./client-address";

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/**
 * Route handlers that change something: same-origin check, session, a body-size ceiling read from
 * Content-Length before the body, and a uuid id; errors answered like server actions.
 */
export function authedUpload(
  opts: { maxBytes: number; tooLarge: string },
  handler: (args: { req: Request; user: SessionUser; id: string }) => Promise<unknown>,
) {
  return async (req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> => {
    try {
      const h = await headers();
      if (!isSameOrigin(h.get("origin"), requestHost(h))) throw new AppError("BAD_ORIGIN");
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED");
      if (user.mustEnrollTotp) throw new AppError("TOTP_ENROLL_REQUIRED");
      const { id } = await ctx.params;
      if (!isUuid(id)) throw new AppError("NOT_FOUND");
      await enforceRateLimit("upload", user.id);
      if (Number(h.get("content-length") ?? 0) > opts.maxBytes + 64 * 1024) throw new AppError("INVALID_INPUT", undefined, { file: [opts.tooLarge] });
      return Response.json({ ok: true, data: await handler({ req, user, id }) });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export const UNREADABLE_UPLOAD = "上传的内容无法读取（可能传输中断或格式不对），请重新选择文件后上传";

/** The multipart body; a body cut off or not multipart is the sender's mistake (422 in Chinese), not a 500. */
export async function readForm(req: Request): Promise<FormData> {
  try {
    return await req.formData();
  } catch {
    throw new AppError("INVALID_INPUT", undefined, { file: [UNREADABLE_UPLOAD] });
  }
}

/**
 * Route handlers that only read: session, every path parameter named in `ids` must be a uuid, then the
 * handler builds the response; errors answered like server actions (a bad id is simply not found).
 */
export function authedDownload<P extends Record<string, string>>(
  ids: readonly (keyof P & string)[],
  handler: (args: { req: Request; user: SessionUser; params: P }) => Promise<Response>,
) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
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
  };
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
