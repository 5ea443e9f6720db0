// Pure: a member unit's confirmation status, shown to the filer and to reviewers.
import { text } from "../i18n/text";
import type { z } from "../validation/zod";
import type { ZConfirmedFigures } from "../validation/membership";

export type ConfirmStatus = "CONFIRMED" | "CHANGED" | "DISPUTED" | "UNCONFIRMED";

/** The status's name in the current language. */
export function confirmStatusLabel(s: ConfirmStatus): string {
  return text(`membership.confirmStatus.${s}`);
}

export const CONFIRM_STATUS_BADGE: Record<ConfirmStatus, string> = { CONFIRMED: "green", CHANGED: "amber", DISPUTED: "red", UNCONFIRMED: "grey" };

interface Decimalish {
  toString(): string;
}

export interface ListedMember {
  role: string;
  chainPosition: string | null;
  outputValue2022: Decimalish | null;
  profitTax2022: Decimalish | null;
  organization: { name: string; type: string };
}

/** What a member unit confirms, as stored in Membership.confirmedFigures (its schema: ZConfirmedFigures). */
export type ConfirmedFigures = z.output<typeof ZConfirmedFigures>;

// Decimals are compared as fixed two-place strings, so 1200.5 and 1200.50 are the same figure.
const money = (v: Decimalish | null): string | null => (v === null ? null : Number(v.toString()).toFixed(2));

/** The listing exactly as the member unit sees it on the confirmation page. */
export function listingOf(m: ListedMember): ConfirmedFigures {
  return {
    name: m.organization.name,
    type: m.organization.type,
    role: m.role,
    chainPosition: m.chainPosition,
    outputValue2022: money(m.outputValue2022),
    profitTax2022: money(m.profitTax2022),
  };
}

function sameListing(a: ConfirmedFigures, b: unknown): boolean {
  if (typeof b !== "object" || b === null) return false;
  const o = b as Record<string, unknown>;
  return (Object.keys(a) as (keyof ConfirmedFigures)[]).every((k) => (o[k] ?? null) === a[k]);
}

export function confirmStatusOf(m: ListedMember & { confirmedAt: Date | null; confirmedFigures: unknown; disputedAt: Date | null }): ConfirmStatus {
  if (m.disputedAt) return "DISPUTED";
  if (!m.confirmedAt) return "UNCONFIRMED";
  return sameListing(listingOf(m), m.confirmedFigures) ? "CONFIRMED" : "CHANGED";
}
