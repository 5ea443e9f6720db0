import "server-only";
import type { SessionUser } from "../auth/session";
import { getAllianceOrThrow } from "../alliances/find-alliances";
import { evaluateFiling } from "../rules/filing-rules";
import { ZFilingStrictFields } from "../validation/filing";
import { fieldErrorsOf } from "../actions/safe-action";
import { getFilingForEdit } from "./get-filing-for-edit";
import { toRuleInput } from "./to-form";

/** What the filer checks before submitting: the same checks the server runs at submission. */
export async function getSubmissionPreview(user: SessionUser, allianceId: string) {
  const { alliance, editable, fields } = await getFilingForEdit(user, allianceId);
  const view = await getAllianceOrThrow(user, allianceId);
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
  const strict = ZFilingStrictFields.safeParse(fields);
  return {
    view,
    editable,
    version: alliance.version,
    nextVersionNo: alliance.currentVersionNo + 1,
    results,
    fieldErrors: strict.success ? {} : fieldErrorsOf(strict.error),
    attachments: attached.map((d) => ({ title: d.title, version: d.versions[0]! })),
  };
}
