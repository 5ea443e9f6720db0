import { zodResolver } from "@hookform/resolvers/zod";
import { ZFilingStrictFields } from "@/lib/validation/filing";

// Loaded by the filing editor on first use (and when the browser is idle after the page is shown), so zod is not
// part of the form's first load: the draft shows and autosaves without it; the server validates every save anyway.
export const filingResolver = zodResolver(ZFilingStrictFields);
