"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { logActivity, removeActivity } from "@/lib/operation/activities";
import { markProjectAdopted, recommendProject, removeProject } from "@/lib/operation/projects";
import { ZActivityInput, ZProjectInput, ZProjectRefInput, ZRemoveActivityInput } from "@/lib/validation/operation";
import { undoProjectAdoption } from "@/lib/operation/undo-adoption";
import { ZUndoAdoptionInput } from "@/lib/validation/corrections";

export const logActivityAction = authedAction(
  { schema: ZActivityInput, roles: ["ENTERPRISE_FILER"] },
  async (input, user) => (await logActivity(user, input)).id,
);

export const removeActivityAction = authedAction({ schema: ZRemoveActivityInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  await removeActivity(user, input);
  return true;
});

export const recommendProjectAction = authedAction(
  { schema: ZProjectInput, roles: ["ENTERPRISE_FILER"] },
  async (input, user) => (await recommendProject(user, input)).id,
);

export const removeProjectAction = authedAction({ schema: ZProjectRefInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  await removeProject(user, input);
  return true;
});

export const markProjectAdoptedAction = authedAction(
  { schema: ZProjectRefInput, roles: ["SERVICE_CENTER"] },
  async (input, user) => (await markProjectAdopted(user, input)).id,
);

/** The service center takes back an adoption marked by mistake, with a reason. */
export const undoProjectAdoptionAction = authedAction(
  { schema: ZUndoAdoptionInput, roles: ["SERVICE_CENTER"] },
  async (input, user) => (await undoProjectAdoption(user, input)).id,
);
