"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { settingsSchema } from "@/lib/settings/settings";
import { updateWorkflowSettings } from "@/lib/settings/update-settings";

export const updateSettingsAction = authedAction({ schema: settingsSchema(), roles: ["SYSTEM_ADMIN"] }, async (input, user) => {
  await updateWorkflowSettings(user, input);
  return true;
});
