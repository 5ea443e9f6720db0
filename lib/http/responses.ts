import "server-only";
import { AppError, type ErrorCode } from "../errors/app-error";
import { logError } from "../log";
import { unexpectedErrorCode } from "../errors/db-unavailable";

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  TOTP_ENROLL_REQUIRED: 403,
};

/** Route handlers answer errors the same way server actions do: a code and field messages. */
export function errorResponse(err: unknown): Response {
  if (AppError.is(err)) {
    return Response.json({ ok: false, code: err.code, fieldErrors: err.fieldErrors }, { status: STATUS[err.code] ?? 400 });
  }
  const code = unexpectedErrorCode(err);
  if (code !== "CONFLICT") logError("route handler failed", err);
  return Response.json({ ok: false, code }, { status: code === "DB_UNAVAILABLE" ? 503 : code === "CONFLICT" ? 409 : 500 });
}

// The only types a download is sent as: what uploads are proved to be and what the portal generates.
// Anything else (an old or restored row, a future caller) goes out as opaque bytes, never as e.g. text/html.
const DOWNLOAD_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv; charset=utf-8",
]);

/** RFC 5987 ext-value: encodeURIComponent leaves ' ( ) * unescaped, which are not attr-chars there. */
const extValue = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** RFC 6266 / 5987: an attachment with a UTF-8 file name and an ASCII fallback. */
export function attachmentResponse(bytes: Buffer, fileName: string, mimeType: string): Response {
  // Old clients read only the ASCII name: one "_" per run of other characters keeps the date and extension legible.
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": DOWNLOAD_TYPES.has(mimeType) ? mimeType : "application/octet-stream",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${extValue(fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A generated Word document as a download. */
export function docxResponse(file: { bytes: Buffer; fileName: string }): Response {
  return attachmentResponse(file.bytes, file.fileName, DOCX_MIME);
}
