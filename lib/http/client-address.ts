import net from "node:net";
import { env } from "../env";
import { normalizeAddress, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";

export { normalizeAddress, parseTrustedProxies, type TrustedProxies };

// Whose address is this request? Only the TCP peer is a fact; X-Forwarded-For is whatever the client or the
// proxies in between wrote. Each proxy appends the address it received the request from, so the list is read from
// the right: the peer and the entries that trusted proxies appended are skipped, and the first address that no
// trusted proxy vouches for is the client's (what nginx's real_ip_recursive and Express's "trust proxy" do).
// TRUSTED_PROXIES (lib/env.ts) says which proxies are trusted: none by default (the peer is the client, every
// forwarded header is ignored), a count of proxies in front, or their addresses/CIDRs.

/**
 * The header carrying the TCP peer's address. The launcher loads lib/cli/peer-address.cjs into the server, which
 * writes it on every request from the socket (replacing anything a client sent) and marks the process, so a server
 * started some other way never believes a client's copy.
 */
export const PEER_HEADER = "x-portal-peer";
const PEER_MARK = Symbol.for("portal.peerAddressHeader");

let cached: { setting: string; parsed: TrustedProxies } | undefined;
function trusted(): TrustedProxies {
  const setting = env().TRUSTED_PROXIES;
  if (cached?.setting !== setting) cached = { setting, parsed: parseTrustedProxies(setting) ?? { kind: "none" } };
  return cached.parsed;
}

/** Are any proxies trusted? Only then are X-Forwarded-* headers read at all. */
export function behindTrustedProxy(config: TrustedProxies = trusted()): boolean {
  return config.kind !== "none";
}

/** The TCP peer as the launcher's hook wrote it, or null when the hook is not loaded in this process. */
export function peerAddress(h: Headers): string | null {
  if (!(globalThis as Record<symbol, unknown>)[PEER_MARK]) return null;
  return normalizeAddress(h.get(PEER_HEADER));
}

/**
 * The client's address: the peer when no proxy is trusted; otherwise the rightmost X-Forwarded-For entry not
 * appended by a trusted proxy. null when it cannot be known (no hook, or a malformed entry where the client's
 * address should be).
 */
export function clientAddress(h: Headers, config: TrustedProxies = trusted()): string | null {
  const peer = peerAddress(h);
  if (config.kind === "none") return peer;
  const forwarded = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  // Nearest first: the peer, then what each proxy appended, back to what the client itself wrote.
  const hops: (string | null)[] = [peer, ...forwarded.reverse().map(normalizeAddress)];
  if (config.kind === "count") {
    // The peer is the first of `count` proxies; when the hook is absent its place is still counted.
    const at = Math.min(config.count, hops.length - 1);
    return hops[at] ?? null;
  }
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i] ?? null;
    if (hop === null) return null;
    if (!config.ranges.net.check(hop, net.isIP(hop) === 4 ? "ipv4" : "ipv6")) return hop;
  }
  // Every hop is a trusted proxy: the farthest is as close to the client as can be known.
  return hops.at(-1) ?? null;
}

/** The host the browser addressed: X-Forwarded-Host only behind a trusted proxy (which sets it), else Host. */
export function requestHost(h: Headers, config: TrustedProxies = trusted()): string | null {
  if (behindTrustedProxy(config)) {
    const forwarded = h.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return h.get("host");
}
