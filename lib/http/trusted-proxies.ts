import net from "node:net";

// The TRUSTED_PROXIES setting and address syntax, pure (lib/env.ts validates the setting with it).

export type TrustedProxies = { kind: "none" } | { kind: "count"; count: number } | { kind: "cidrs"; ranges: { net: net.BlockList; text: string } };

/** "" or "0": none; "2": two proxies in front; "10.0.0.0/8, 127.0.0.1, fd00::/8": these. null when malformed. */
export function parseTrustedProxies(setting: string): TrustedProxies | null {
  const s = setting.trim();
  if (s === "" || s === "0" || s.toLowerCase() === "none") return { kind: "none" };
  if (/^\d+$/.test(s)) return Number(s) <= 10 ? { kind: "count", count: Number(s) } : null;
  const list = new net.BlockList();
  for (const item of s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [addr, bits, ...rest] = item.split("/");
    const type = net.isIP(addr ?? "");
    if (!type || rest.length) return null;
    const family = type === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(addr!, family);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (type === 4 ? 32 : 128)) return null;
      list.addSubnet(addr!, prefix, family);
    }
  }
  return { kind: "cidrs", ranges: { net: list, text: s } };
}

/** One hop as written ("1.2.3.4", "1.2.3.4:5678", "[::1]:443", "::ffff:1.2.3.4"), or null if it is no address. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let s = (raw ?? "").trim().replace(/^"|"$/g, "");
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket) s = bracket[1]!;
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(s)) s = s.slice(7);
  return net.isIP(s) ? s.toLowerCase() : null;
}
