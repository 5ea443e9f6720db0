"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/env";
import { issueConfirmLinks } from "@/lib/membership/confirm-links";
import { ZIssueConfirmLinksInput } from "@/lib/validation/membership";

/** The links are handed back once and never stored; only their hashes are. */
export const issueConfirmLinksAction = authedAction({ schema: ZIssueConfirmLinksInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  const base = env().PUBLIC_BASE_URL ?? (host ? `${proto}://${host}` : "");
  const links = await issueConfirmLinks(user, input, base);
  return links.map((l) => ({ membershipId: l.membershipId, name: l.name, url: l.url, expiresAt: l.expiresAt.toISOString() }));
});
