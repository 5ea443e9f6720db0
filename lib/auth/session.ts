import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Role } from "../db/generated/enums";
import { db } from "../db/client";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import { hasAnyRole } from "./roles";
import { requiresTotp } from "./totp";
import { clientAddress } from "../http/client-address";
import type { AuditActor } from "../audit/record";
import { isLocale, type Locale } from "../i18n/locales";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  divisionId: string | null;
  organizationId: string | null;
  mustChangePassword: boolean;
  /** A reviewer or administrator who has not set up two-factor sign-in yet may only do that. */
  mustEnrollTotp: boolean;
  ip: string | null;
  /** The interface language chosen in the account settings, if any (lib/i18n/request.ts). */
  locale: Locale | null;
}

/** Pure: does the token still name a live session of this user? */
export function isSessionCurrent(
  token: { uid?: string; sv?: number } | null,
  user: { id: string; active: boolean; sessionVersion: number; lockedUntil: Date | null } | null,
  now = new Date(),
): boolean {
  if (!token?.uid || !user || token.uid !== user.id) return false;
  if (!user.active) return false;
  if (user.lockedUntil && user.lockedUntil > now) return false;
  return token.sv === user.sessionVersion;
}

async function readToken(h: Headers) {
  // getToken verifies the JWT (signature and expiry) and gives the raw claims (uid, sv). It reads the cookies the way
  // a NextRequest parses them (a chunked session cookie, a malformed %-escape in some other cookie skipped, not thrown).
  // The address is never read: the cookie's name follows NEXTAUTH_URL.
  return getToken({ req: new NextRequest("http://localhost/", { headers: h }), secret: env().NEXTAUTH_SECRET });
}

/** The caller's address for limits and audit records: the connecting peer, or what trusted proxies report. */
export function clientIpOf(h: Headers): string | null {
  return clientAddress(h);
}

/**
 * One look-up per request, in pages, server actions and route handlers alike (React's cache() memoises only while
 * rendering, so in an action the language, lib/i18n/request.ts, and the gate each decoded the JWT and queried the
 * user). Next.js hands every caller in a request the same headers object, so it keys the memo.
 */
const perRequest = new WeakMap<Headers, Promise<SessionUser | null>>();

/** The signed-in user, checked against the database on every request; null when signed out. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const h = await headers();
  let user = perRequest.get(h);
  if (!user) {
    user = lookUpSessionUser(h);
    perRequest.set(h, user);
  }
  return user;
}

async function lookUpSessionUser(h: Headers): Promise<SessionUser | null> {
  const token = await readToken(h);
  if (!token?.uid) return null;
  const user = await db().user.findUnique({ where: { id: token.uid } });
  if (!user || !isSessionCurrent(token, user)) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    divisionId: user.divisionId,
    organizationId: user.organizationId,
    mustChangePassword: user.mustChangePassword,
    mustEnrollTotp: requiresTotp(user.roles) && !user.totpEnabledAt,
    ip: clientIpOf(h),
    locale: isLocale(user.locale) ? user.locale : null,
  };
}

/**
 * For pages: sends the visitor to sign in, to the forced password change, or to 403 for a role
 * they lack.
 */
export async function requirePageUser(roles?: readonly Role[], opts: { allowMustChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !opts.allowMustChange) redirect("/account/password");
  if (user.mustEnrollTotp && !opts.allowMustChange) redirect("/account/two-factor");
  if (roles && !hasAnyRole(user.roles, roles)) redirect("/forbidden");
  return user;
}

/** For the data layer and actions: throws typed errors instead of redirecting. */
export function assertRole(user: SessionUser | null, roles: readonly Role[]): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.mustEnrollTotp) throw new AppError("TOTP_ENROLL_REQUIRED");
  if (!hasAnyRole(user.roles, roles)) throw new AppError("FORBIDDEN");
}

export function actorOf(user: SessionUser): AuditActor {
  return { actorId: user.id, actorName: user.username, actorRole: user.roles.join(","), ip: user.ip };
}
