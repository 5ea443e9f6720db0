import { test as setup } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/seed-data";
import { signIn } from "./helpers";
import { storageStatePath } from "./server-file";

// Each demo account signs in once per run through the real form (password, and a real TOTP code for staff),
// and its browser state is saved for every spec that needs the account's session (helpers.ts asUser/enterAs).
// Specs that sign in, out, lock or reset an account use accounts of their own (accounts.ts), so these
// sessions stay valid for the whole run.
setup.describe.configure({ mode: "parallel" });

for (const user of DEMO_USERS) {
  setup(`${user.username} signs in with the demo password${user.totpSecret ? " and a TOTP code" : ""}`, async ({ page }) => {
    await signIn(page, user.username, user.password);
    await page.context().storageState({ path: storageStatePath(user.username) });
  });
}
