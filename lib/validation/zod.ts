import { z } from "zod";

// Chinese default messages for any rule without a message of its own; specific ones are set per field.
z.config(z.locales.zhCN());

export { z };
