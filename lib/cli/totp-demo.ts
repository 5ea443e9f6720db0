// npm run totp:demo -- <username>: the current two-factor code of a DEMO account (the secrets in
// prisma/seed-data.ts are public demo data). Real accounts enrol their own secret in an authenticator app.
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { DEMO_USERS } from "../../prisma/seed-data";
import { currentStep, totpCode } from "../auth/totp";

inConsoleLanguage(() => {
  const username = process.argv[2] ?? "";
  const users = DEMO_USERS.filter((u) => u.totpSecret && (!username || u.username === username));
  if (users.length === 0) {
    const available = DEMO_USERS.filter((u) => u.totpSecret)
      .map((u) => u.username)
      .join(text("console.listSeparator"));
    console.error(text("console.totpDemo.noAccount", { username, available }));
    process.exit(1);
  }
  const step = currentStep();
  const secondsLeft = 30 - Math.floor((Date.now() / 1000) % 30);
  for (const u of users)
    console.log(
      `${u.username.padEnd(10)} ${totpCode(u.totpSecret!, step)}  ${text("console.totpDemo.valid", { seconds: String(secondsLeft), next: totpCode(u.totpSecret!, step + 1) })}`,
    );
});
