"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { saveReportDraft, submitReport } from "@/lib/assessment/reports";
import { removeEvidence } from "@/lib/assessment/report-evidence";
import { ZEvidenceRemoveInput, ZReportDraftInput, ZReportSubmitInput } from "@/lib/validation/assessment";

// The lead enterprise's filer writes the annual report; ownership is checked in the data layer.
const roles = ["ENTERPRISE_FILER"] as const;

export const saveReportDraftAction = authedAction({ schema: ZReportDraftInput, roles }, async (input, user) => saveReportDraft(user, input));

export const submitReportAction = authedAction({ schema: ZReportSubmitInput, roles }, async (input, user) => (await submitReport(user, input)).version);

export const removeEvidenceAction = authedAction({ schema: ZEvidenceRemoveInput, roles }, async (input, user) => removeEvidence(user, input));
