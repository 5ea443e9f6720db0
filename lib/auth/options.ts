import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { signInWithPassword } from "./sign-in";
import { clientAddress } from "../http/client-address";
import { isDatabaseUnavailable } from "../errors/db-unavailable";
import { logError } from "../log";

export const SIGN_IN_ERRORS = ["INVALID", "LOCKED", "DISABLED", "TOTP_REQUIRED", "TOTP_INVALID", "RATE_LIMITED", "DB_UNAVAILABLE"] as const;

/** next-auth hands authorize() the request's headers as a plain object: read like every other request's. */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const h = new Headers();
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (typeof v === "string") h.set(k, v);
    else if (Array.isArray(v)) h.set(k, v.join(", "));
  }
  return clientAddress(h);
}

// Credentials sessions are JWTs; they are made revocable by the per-user sessionVersion that
// lib/auth/session.ts compares on every request. maxAge is the idle timeout: every call to
// /api/auth/session (made by the keep-alive on user activity) re-issues the cookie.
export function authOptions(): NextAuthOptions {
  const idleSeconds = env().SESSION_IDLE_MINUTES * 60;
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: idleSeconds, updateAge: 0 },
    jwt: { maxAge: idleSeconds },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
        async authorize(credentials, req) {
          const username = String(credentials?.username ?? "").slice(0, 64);
          const password = String(credentials?.password ?? "").slice(0, 128);
          if (!username || !password) throw new Error("INVALID");
          const totp = String(credentials?.totp ?? "").slice(0, 12);
          let result;
          try {
            result = await signInWithPassword(username, password, clientIp(req?.headers), new Date(), totp);
          } catch (err) {
            // next-auth passes only the message on: a database outage gets its own words on the login form.
            logError("sign-in failed", err);
            throw new Error(isDatabaseUnavailable(err) ? "DB_UNAVAILABLE" : "UNKNOWN");
          }
          if (!result.ok) throw new Error(result.reason);
          return { id: result.userId, sv: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sv?: number }).sv ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        // Only the id leaves the server; everything else is read fresh from the database.
        return { expires: session.expires, user: { id: token.uid } } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const uid = typeof token?.uid === "string" ? token.uid : null;
        if (!uid) return;
        await db().$transaction(async (tx) => {
          const u = await tx.user.update({ where: { id: uid }, data: { sessionVersion: { increment: 1 } } });
          await recordAudit(
            tx,
            { actorId: u.id, actorName: u.username, actorRole: u.roles.join(","), ip: null },
            { action: "auth.logout", entityType: "User", entityId: u.id, summary: {} },
          );
        });
      },
    },
  };
}
