"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { saveAssessment } from "@/lib/assessment/assess";
import { publishResults } from "@/lib/assessment/publish-results";
import { returnReport } from "@/lib/assessment/report-return";
import { ZReportReturnInput } from "@/lib/validation/report-return";
import { ZPublishResultsInput, ZSaveAssessmentInput } from "@/lib/validation/assessment-scoring";

export const saveAssessmentAction = authedAction({ schema: ZSaveAssessmentInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  saveAssessment(user, input),
);

export const publishResultsAction = authedAction({ schema: ZPublishResultsInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  publishResults(user, input),
);

export const returnReportAction = authedAction({ schema: ZReportReturnInput, roles: ["SERVICE_CENTER"] }, async (input, user) => returnReport(user, input));
