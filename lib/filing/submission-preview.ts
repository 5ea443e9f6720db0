import "server-only";
import type { SessionUser } from "../auth/session";
import { getAllianceOrThrow } from "../alliances/find-alliances";
import { ZFilingStrictFields } from "../validation/filing";
import { fieldErrorsOf } from "../actions/safe-action";
import { getFilingForEdit } from "./get-filing-for-edit";
import { checkStoredFiling } from "./check-filing";
import { attachmentName } from "./upload-attachment";

/** What the filer checks before submitting: the same checks the server runs at submission. */
export async function getSubmissionPreview(user: SessionUser, allianceId: string) {
  const { alliance, editable, fields } = await getFilingForEdit(user, allianceId);
  const view = await getAllianceOrThrow(user, allianceId);
  const { results, attached } = checkStoredFiling(alliance, fields);
  const strict = ZFilingStrictFields.safeParse(fields);
  return {
    view,
    editable,
    version: alliance.version,
    nextVersionNo: alliance.currentVersionNo + 1,
    results,
    fieldErrors: strict.success ? {} : fieldErrorsOf(strict.error),
    attachments: attached.map((d) => ({ title: attachmentName(d), version: d.versions[0]! })),
  };
}
