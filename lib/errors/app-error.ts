// Typed errors: the UI picks the translated message by code, never by matching error text.
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "DB_UNAVAILABLE",
  "BAD_ORIGIN",
  "USERNAME_TAKEN",
  "WEAK_PASSWORD",
  "WRONG_PASSWORD",
  "DUTY_CONFLICT",
  "SELF_ACTION",
  "RATE_LIMITED",
  "TOTP_ENROLL_REQUIRED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A code that came over the wire (a fetch's JSON), as one the catalogue has: unknown ones read as INTERNAL. */
export function errorCodeOf(code: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : "INTERNAL";
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }

  static is(err: unknown, code?: ErrorCode): err is AppError {
    return err instanceof AppError && (code === undefined || err.code === code);
  }
}
