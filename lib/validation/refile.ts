import { z } from "./zod";
import { msg } from "./messages";

/** Start a new filing cycle from a rejected one (issue #17 item 6). */
export const ZRefileInput = z.object({ allianceId: z.uuid(msg("validation.invalidId")) });
export type TRefileInput = z.infer<typeof ZRefileInput>;
