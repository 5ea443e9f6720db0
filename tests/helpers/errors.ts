import { AppError } from "@/lib/errors/app-error";

/** The AppError code a call ends with ("OK" when it succeeds); anything else is rethrown. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (AppError.is(err)) return err.code;
    throw err;
  }
}
