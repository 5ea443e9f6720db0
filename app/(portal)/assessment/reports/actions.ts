"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { saveAssessment } from "@/lib/assessment/assess";
import { publishResults } from "@/lib/assessment/publish-results";
import { ZPublishResultsInput, ZSaveAssessmentInput } from "@/lib/validation/assessment-scoring";

export const saveAssessmentAction = authedAction({ schema: ZSaveAssessmentInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  saveAssessment(user, input),
);

export const publishResultsAction = authedAction({ schema: ZPublishResultsInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  publishResults(user, input),
);
