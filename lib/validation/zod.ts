import zhCN from "zod/v4/locales/zh-CN.js";
import * as z from "./zod-parts";

// Chinese default messages for any rule without a message of its own; specific ones are set per field. Only the
// Chinese locale is imported, not zod's namespace of all of them (zod-parts.ts).
z.config(zhCN());

export { z };
