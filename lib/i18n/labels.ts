import { AllianceRole, ChainPosition, OrgType } from "../db/generated/enums";
import { text } from "./text";

/**
 * Labels of stored codes, read from the catalogue in the current language each time they are used (a
 * getter per code), so one table serves every screen and, inside inLocale("zh-CN"), the official documents.
 */
export function labelsOf<C extends string>(namespace: "allianceRoles" | "orgTypes" | "chain" | "states" | "roles", codes: readonly C[]): Record<C, string> {
  const out = {} as Record<C, string>;
  for (const code of codes) Object.defineProperty(out, code, { enumerable: true, get: () => text(`${namespace}.${code}` as Parameters<typeof text>[0]) });
  return out;
}

// The words of 附件1 三 for a member's role, type and place in the chain: every screen, document, diff and the
// import template read them here.
export const MEMBER_ROLE_LABEL: Record<AllianceRole, string> = labelsOf("allianceRoles", Object.values(AllianceRole));
export const ORG_TYPE_LABEL: Record<OrgType, string> = labelsOf("orgTypes", Object.values(OrgType));
export const CHAIN_LABEL: Record<ChainPosition, string> = labelsOf("chain", Object.values(ChainPosition));

/** The code a label stands for (the import template's drop-down lists), or undefined. */
export function codeOfLabel<C extends string>(labels: Record<C, string>, label: string): C | undefined {
  return (Object.keys(labels) as C[]).find((code) => labels[code] === label);
}
