import type { DocumentKind } from "../db/generated/enums";
import { evaluateFiling } from "../rules/filing-rules";
import type { TFilingDraftFields } from "../validation/filing";
import { toRuleInput } from "./to-form";

interface StoredFiling<D extends { kind: DocumentKind; versions: unknown[] }> {
  kind: "ALLIANCE" | "CONSORTIUM";
  industryCode: string;
  leadOrg: { creditCode: string; creditCodeOverrideBy: string | null };
  documents: D[];
}

/** The rule report of a stored filing: one function for the review page and the submission. */
export function checkStoredFiling<D extends { kind: DocumentKind; versions: unknown[] }>(alliance: StoredFiling<D>, fields: TFilingDraftFields) {
  const attached = alliance.documents.filter((d) => d.versions.length > 0);
  const results = evaluateFiling(
    toRuleInput(fields, {
      kind: alliance.kind,
      industryCode: alliance.industryCode,
      leadCreditCode: alliance.leadOrg.creditCode,
      attachmentKinds: attached.map((d) => d.kind),
      creditCodeOverride: Boolean(alliance.leadOrg.creditCodeOverrideBy),
    }),
  );
  return { results, attached };
}
