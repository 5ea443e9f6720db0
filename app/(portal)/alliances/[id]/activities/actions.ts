"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { logActivity, removeActivity } from "@/lib/operation/activities";
import { markProjectAdopted, recommendProject, removeProject } from "@/lib/operation/projects";
import { ZActivityInput, ZProjectInput, ZProjectRefInput, ZRemoveActivityInput } from "@/lib/validation/operation";

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
