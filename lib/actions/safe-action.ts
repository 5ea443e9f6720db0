import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Role } from "../db/generated/enums";
import { AppError, type ErrorCode } from "../errors/app-error";
import { clientIpOf, getSessionUser, type SessionUser } from "../auth/session";
import { hasAnyRole } from "../auth/roles";
import { logError } from "../log";
import { isSameOrigin } from "../http/same-origin";
import { requestHost } from "../http/client-address";
import { unsafeTextMessage, unsafeTextPath } from "../validation/unsafe-text";
import { unexpectedErrorCode } from "../errors/db-unavailable";
import { requestLocale } from "../i18n/request";
import { inLocale } from "../i18n/server-text";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { enforceRateLimit, type RateLimitKind } from "../security/rate-limit";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: Record<string, string[]> };

export { isSameOrigin };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The schema's parse, after refusing control characters anywhere in the payload (see unsafe-text.ts). */
function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; code: "INVALID_INPUT"; fieldErrors: Record<string, string[]> } {
  const unsafe = unsafeTextPath(raw);
  if (unsafe !== null) return { ok: false, code: "INVALID_INPUT", fieldErrors: { [unsafe]: [unsafeTextMessage()] } };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
  return { ok: true, data: parsed.data };
}

/**
 * Every server action goes through here: Origin check (actions are public POST endpoints),
 * session and role check, zod parse, then the handler; errors become codes the UI translates.
 */
export function authedAction<S extends z.ZodType, R>(
  opts: { schema: S; roles: readonly Role[]; allowPendingTotp?: boolean },
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) =>
    inLocale(await requestLocale().catch(() => DEFAULT_LOCALE), async () => {
      try {
        const h = await headers();
        if (!isSameOrigin(h.get("origin"), requestHost(h))) throw new AppError("BAD_ORIGIN");
        const user = await getSessionUser();
        if (!user) throw new AppError("UNAUTHENTICATED");
        if (user.mustEnrollTotp && !opts.allowPendingTotp) throw new AppError("TOTP_ENROLL_REQUIRED");
        if (!hasAnyRole(user.roles, opts.roles)) throw new AppError("FORBIDDEN");
        const parsed = parseInput(opts.schema, raw);
        if (!parsed.ok) return parsed;
        return { ok: true, data: await handler(parsed.data, user) };
      } catch (err) {
        if (AppError.is(err)) return { ok: false, code: err.code, fieldErrors: err.fieldErrors };
        logError("server action failed", err);
        return { ok: false, code: unexpectedErrorCode(err) };
      }
    });
}

/**
 * For the few actions anyone may call (an objection during the public notice): the same Origin
 * check, parsing and error mapping, with no session; the handler gets the caller's address.
 */
export function publicAction<S extends z.ZodType, R>(
  opts: { schema: S; rateLimit: RateLimitKind },
  handler: (input: z.output<S>, ip: string | null) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) =>
    inLocale(await requestLocale().catch(() => DEFAULT_LOCALE), async () => {
      try {
        const h = await headers();
        if (!isSameOrigin(h.get("origin"), requestHost(h))) throw new AppError("BAD_ORIGIN");
        // Counted before parsing: malformed floods count too.
        await enforceRateLimit(opts.rateLimit, clientIpOf(h));
        const parsed = parseInput(opts.schema, raw);
        if (!parsed.ok) return parsed;
        return { ok: true, data: await handler(parsed.data, clientIpOf(h)) };
      } catch (err) {
        if (AppError.is(err)) return { ok: false, code: err.code, fieldErrors: err.fieldErrors };
        logError("public action failed", err);
        return { ok: false, code: unexpectedErrorCode(err) };
      }
    });
}
