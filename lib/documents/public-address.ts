// The address printed on paper (the certificate's verification line and QR code). A loopback or
// missing address would send a reader nowhere, so it is treated as no address at all.

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|[^.]+\.localhost)$/i;

/** The public base URL without a trailing slash, or null when there is none a reader could open. */
export function usablePublicBase(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== "https:" && u.protocol !== "http:") || LOOPBACK.test(u.hostname)) return null;
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}

/** /public/verify with the code filled in, for the QR code. */
export function verifyLink(base: string, code: string): string {
  return `${base}/public/verify?code=${encodeURIComponent(code)}`;
}
