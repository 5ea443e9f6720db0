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

/** Like codeOf, with the Chinese messages the error carries for the form. */
export async function outcomeOf(p: Promise<unknown>): Promise<{ code: string; messages: string[] }> {
  try {
    await p;
    return { code: "OK", messages: [] };
  } catch (err) {
    if (AppError.is(err)) return { code: err.code, messages: Object.values(err.fieldErrors ?? {}).flat() };
    throw err;
  }
}
