// Server-side log lines. Never log request bodies: they may carry passwords or phone numbers.
export function logError(message: string, err: unknown): void {
  const detail = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ""}` : String(err);
  console.error(`[${new Date().toISOString()}] ${message}: ${detail}`);
}

/** A short operational line with counts or ids only (no personal data). */
export function logInfo(message: string, detail: Record<string, unknown>): void {
  console.log(`[${new Date().toISOString()}] ${message}: ${JSON.stringify(detail)}`);
}
