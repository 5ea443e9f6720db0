"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { applyTransition } from "@/lib/review/apply-transition";
import { fileAlliance } from "@/lib/review/file-alliance";
import { addFieldComment, removeFieldComment } from "@/lib/review/field-comments";
import { ZFieldCommentInput, ZRemoveCommentInput, ZTransitionInput } from "@/lib/validation/review";

const REVIEWERS = ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER"] as const;

export const transitionAction = authedAction({ schema: ZTransitionInput, roles: REVIEWERS }, async (input, user) => {
  if (input.transition === "FILE") return (await fileAlliance(user, { allianceId: input.allianceId, version: input.version })).to;
  return (await applyTransition(user, input)).to;
});

export const addCommentAction = authedAction({ schema: ZFieldCommentInput, roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"] }, async (input, user) => {
  await addFieldComment(user, input);
  return true;
});

export const removeCommentAction = authedAction({ schema: ZRemoveCommentInput, roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"] }, async (input, user) => {
  await removeFieldComment(user, input);
  return true;
});
