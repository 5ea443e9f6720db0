"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { ZSecuritySettings } from "@/lib/settings/security-settings";
import { updateSecuritySettings } from "@/lib/settings/update-security-settings";

export const updateSecuritySettingsAction = authedAction({ schema: ZSecuritySettings, roles: ["SECURITY_ADMIN"] }, async (input, user) => {
  await updateSecuritySettings(user, input);
  return true;
});
