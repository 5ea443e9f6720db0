import { redactPersonalData } from "./privacy/redact";

// Server-side log lines. Never log request bodies: they may carry passwords or phone numbers. Whatever
// reaches a line anyway (a database error quoting a key, an SMTP error quoting an address) has phone
// numbers, email addresses and ID numbers masked before it is written.
export function logError(message: string, err: unknown): void {
  const detail = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ""}` : String(err);
  console.error(redactPersonalData(`[${new Date().toISOString()}] ${message}: ${detail}`));
}

/** A short operational line with counts or ids only (no personal data). */
export function logInfo(message: string, detail: Record<string, unknown>): void {
  console.log(redactPersonalData(`[${new Date().toISOString()}] ${message}: ${JSON.stringify(detail)}`));
}
