import { z } from "./zod";

/** Start a new filing cycle from a rejected one (issue #17 item 6). */
export const ZRefileInput = z.object({ allianceId: z.uuid({ error: "编号无效" }) });
export type TRefileInput = z.infer<typeof ZRefileInput>;
