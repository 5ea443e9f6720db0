/** Pure: is this request's Origin the portal itself? Missing or "null" origins are refused. */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
