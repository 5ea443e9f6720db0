"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { lookupOrganization } from "@/lib/filing/lookup-organization";
import { ZFilingDraftInput, ZLookupOrgInput, ZSubmitFilingInput } from "@/lib/validation/filing";

const FILER = ["ENTERPRISE_FILER"] as const;

export const saveDraftAction = authedAction({ schema: ZFilingDraftInput, roles: FILER }, (input, user) => saveDraft(user, input));
export const lookupOrgAction = authedAction({ schema: ZLookupOrgInput, roles: FILER }, (input, user) => lookupOrganization(user, input.creditCode));
export const submitFilingAction = authedAction({ schema: ZSubmitFilingInput, roles: FILER }, (input, user) => submitFiling(user, input));
