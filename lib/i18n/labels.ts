import messages from "./messages/zh-CN.json";
import type { AllianceRole, ChainPosition, OrgType } from "../db/generated/enums";

// The words of 附件1 三 for a member's role, type and place in the chain, from the message catalogue: every
// screen, document, diff and the import template read them here.
export const MEMBER_ROLE_LABEL: Record<AllianceRole, string> = messages.allianceRoles;
export const ORG_TYPE_LABEL: Record<OrgType, string> = messages.orgTypes;
export const CHAIN_LABEL: Record<ChainPosition, string> = messages.chain;

/** The code a label stands for (the import template's drop-down lists), or undefined. */
export function codeOfLabel<C extends string>(labels: Record<C, string>, label: string): C | undefined {
  return (Object.keys(labels) as C[]).find((code) => labels[code] === label);
}
