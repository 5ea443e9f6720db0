// npm run totp:demo -- <username>: the current two-factor code of a DEMO account (the secrets in
// prisma/seed-data.ts are public demo data). Real accounts enrol their own secret in an authenticator app.
import { DEMO_USERS } from "../../prisma/seed-data";
import { currentStep, totpCode } from "../auth/totp";

const username = process.argv[2] ?? "";
const users = DEMO_USERS.filter((u) => u.totpSecret && (!username || u.username === username));
if (users.length === 0) {
  console.error(
    `没有名为“${username}”且启用动态口令的演示账户。可用：${DEMO_USERS.filter((u) => u.totpSecret)
      .map((u) => u.username)
      .join("、")}`,
  );
  process.exit(1);
}
const step = currentStep();
const secondsLeft = 30 - Math.floor((Date.now() / 1000) % 30);
for (const u of users)
  console.log(`${u.username.padEnd(10)} ${totpCode(u.totpSecret!, step)}  （${secondsLeft} 秒内有效；下一个：${totpCode(u.totpSecret!, step + 1)}）`);
