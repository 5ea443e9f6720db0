"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/env";
import { behindTrustedProxy, requestHost } from "@/lib/http/client-address";
import { issueConfirmLinks } from "@/lib/membership/confirm-links";
import { ZIssueConfirmLinksInput } from "@/lib/validation/membership";

/** The links are handed back once and never stored; only their hashes are. */
export const issueConfirmLinksAction = authedAction({ schema: ZIssueConfirmLinksInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  const h = await headers();
  // Forwarded headers only from a trusted proxy (TRUSTED_PROXIES); PUBLIC_BASE_URL is the reliable answer.
  const host = requestHost(h);
  const proto = (behindTrustedProxy() ? h.get("x-forwarded-proto") : null) ?? "http";
  const base = env().PUBLIC_BASE_URL ?? (host ? `${proto}://${host}` : "");
  const links = await issueConfirmLinks(user, input, base);
  return links.map((l) => ({ membershipId: l.membershipId, name: l.name, url: l.url, expiresAt: l.expiresAt.toISOString() }));
});
