import "server-only";
import type { SessionUser } from "../auth/session";
import { findOpenRevocations } from "../assessment/revocation";
import { findFlaggedChanges } from "../membership/find-history";
import { findExpiringTerms } from "../operation/council";
import { findPendingDissolutions } from "../operation/dissolution";

// 八（一）、（四）: what the service center must look at now, in one place. Each finder applies its own scope.
export async function findOversightItems(user: SessionUser, now = new Date()) {
  const [revocations, flaggedChanges, expiringTerms, dissolutions] = await Promise.all([
    findOpenRevocations(user),
    findFlaggedChanges(user),
    findExpiringTerms(user, 90, now),
    findPendingDissolutions(user),
  ]);
  return { revocations, flaggedChanges, expiringTerms, dissolutions };
}

export type OversightItems = Awaited<ReturnType<typeof findOversightItems>>;

/** Counts for the home page tiles. */
export function oversightCounts(items: OversightItems) {
  return {
    revocations: items.revocations.length,
    flaggedChanges: items.flaggedChanges.length,
    expiringTerms: items.expiringTerms.length,
    dissolutions: items.dissolutions.length,
  };
}
