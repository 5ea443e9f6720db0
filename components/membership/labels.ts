// Labels of the membership pages; the member fields' words (附件1 三) come from lib/i18n/labels.ts.
import { CHAIN_LABEL as CHAINS, MEMBER_ROLE_LABEL, ORG_TYPE_LABEL as ORG_TYPES } from "@/lib/i18n/labels";
import { text } from "@/lib/i18n/text";

// Indexed by stored strings (JSON member data), hence the wider key type.
export const ROLE_LABEL: Record<string, string> = MEMBER_ROLE_LABEL;
export const CHAIN_LABEL: Record<string, string> = CHAINS;
export const ORG_TYPE_LABEL: Record<string, string> = ORG_TYPES;
/** A table of labels read from the catalogue in the current language each time one is used (a getter per code). */
function catalogueLabels<C extends string>(prefix: "membership.kinds" | "membership.changeStatus", codes: readonly C[]): Record<C, string> {
  const out = {} as Record<C, string>;
  for (const code of codes) Object.defineProperty(out, code, { enumerable: true, get: () => text(`${prefix}.${code}` as Parameters<typeof text>[0]) });
  return out;
}
export const KIND_LABEL = catalogueLabels("membership.kinds", ["JOIN", "EXIT"] as const);
export const CHANGE_STATUS_LABEL = catalogueLabels("membership.changeStatus", ["PENDING", "APPROVED", "REJECTED"] as const);
export const CHANGE_STATUS_BADGE = { PENDING: "amber", APPROVED: "green", REJECTED: "grey" } as const;
