"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/env";
import { behindTrustedProxy, requestHost } from "@/lib/http/client-address";
import { issueConfirmLinks } from "@/lib/membership/confirm-links";
import { emailConfirmLinks } from "@/lib/membership/email-confirm-links";
import { ZIssueConfirmLinksInput } from "@/lib/validation/membership";

async function baseUrl(): Promise<string> {
  const h = await headers();
  // Forwarded headers only from a trusted proxy (TRUSTED_PROXIES); PUBLIC_BASE_URL is the reliable answer.
  const host = requestHost(h);
  const proto = (behindTrustedProxy() ? h.get("x-forwarded-proto") : null) ?? "http";
  return env().PUBLIC_BASE_URL ?? (host ? `${proto}://${host}` : "");
}

const iso = (d: Date) => d.toISOString();

/** The links are handed back once and never stored; only their hashes are. */
export const issueConfirmLinksAction = authedAction({ schema: ZIssueConfirmLinksInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  const links = await issueConfirmLinks(user, input, await baseUrl());
  return links.map((l) => ({ membershipId: l.membershipId, name: l.name, url: l.url, expiresAt: iso(l.expiresAt) }));
});

/**
 * Sends (or, for one named member, resends) the confirmation links by e-mail to the member units' contact
 * addresses. Links are shown to the filer only for mails the server could not deliver.
 */
export const emailConfirmLinksAction = authedAction({ schema: ZIssueConfirmLinksInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  const r = await emailConfirmLinks(user, input, await baseUrl());
  return {
    sent: r.sent.map((s) => ({ membershipId: s.membershipId, name: s.name, to: s.to, expiresAt: iso(s.expiresAt) })),
    failed: r.failed.map((l) => ({ membershipId: l.membershipId, name: l.name, url: l.url, expiresAt: iso(l.expiresAt) })),
    skipped: r.skipped.map((s) => ({ membershipId: s.membershipId, name: s.name, reason: s.reason })),
  };
});
