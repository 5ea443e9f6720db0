import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies, PEER_HEADER, requestHost, type TrustedProxies } from "@/lib/http/client-address";

// Issue 15: the first X-Forwarded-For entry was taken as the client, so a forged header chose the address the
// limits counted. Each setting of TRUSTED_PROXIES against the chains an attacker can write.

const MARK = Symbol.for("portal.peerAddressHeader");
const withHook = (on: boolean) => ((globalThis as Record<symbol, unknown>)[MARK] = on);
afterEach(() => withHook(false));

const req = (peer: string | null, xff?: string, extra: Record<string, string> = {}) =>
  new Headers({ ...(peer ? { [PEER_HEADER]: peer } : {}), ...(xff !== undefined ? { "x-forwarded-for": xff } : {}), ...extra });
const setting = (s: string) => parseTrustedProxies(s) as TrustedProxies;
const FORGED = ["6.6.6.6", "127.0.0.1", "10.0.0.1", "::1", "not-an-address", "6.6.6.6, 7.7.7.7"];

describe("the client's address under each TRUSTED_PROXIES setting", () => {
  it("none (the default): the connecting peer, whatever X-Forwarded-For says", () => {
    withHook(true);
    for (const forged of FORGED) expect(clientAddress(req("203.0.113.5", forged), setting(""))).toBe("203.0.113.5");
    expect(clientAddress(req("::ffff:203.0.113.5"), setting("0"))).toBe("203.0.113.5");
  });

  it("without the launcher's hook the peer header is a client's word: the address is unknown, never taken from it", () => {
    withHook(false);
    expect(clientAddress(req("203.0.113.5", "6.6.6.6"), setting(""))).toBeNull();
  });

  it("one proxy: the entry that proxy appended, however the client's own entries were forged", () => {
    withHook(true);
    for (const forged of FORGED) expect(clientAddress(req("10.0.0.2", `${forged}, 203.0.113.5`), setting("1"))).toBe("203.0.113.5");
    // Proxies that append "address:port" or a bracketed IPv6 address.
    expect(clientAddress(req("10.0.0.2", "203.0.113.5:51234"), setting("1"))).toBe("203.0.113.5");
    expect(clientAddress(req("10.0.0.2", "[2001:db8::7]:443"), setting("1"))).toBe("2001:db8::7");
    // No header at all: the peer is as far as can be known.
    expect(clientAddress(req("10.0.0.2"), setting("1"))).toBe("10.0.0.2");
  });

  it("two proxies: the third hop from the portal", () => {
    withHook(true);
    for (const forged of FORGED) expect(clientAddress(req("10.0.0.3", `${forged}, 203.0.113.5, 10.0.0.2`), setting("2"))).toBe("203.0.113.5");
  });

  it("CIDRs: the rightmost address no trusted proxy vouches for; a peer outside them is the client itself", () => {
    withHook(true);
    const cidrs = setting("10.0.0.0/8, 127.0.0.1, fd00::/8");
    for (const forged of FORGED) {
      expect(clientAddress(req("127.0.0.1", `${forged}, 203.0.113.5, 10.1.2.3`), cidrs)).toBe("203.0.113.5");
      expect(clientAddress(req("198.51.100.1", `${forged}, 203.0.113.5`), cidrs)).toBe("198.51.100.1");
    }
    expect(clientAddress(req("fd00::1", "203.0.113.9"), cidrs)).toBe("203.0.113.9");
    // A malformed entry where the client's address should be: unknown, not the garbage.
    expect(clientAddress(req("10.0.0.2", "bogus"), cidrs)).toBeNull();
  });

  it("X-Forwarded-Host is believed by the Origin check only behind a trusted proxy", () => {
    const h = new Headers({ host: "portal.jl.gov.cn", "x-forwarded-host": "evil.example" });
    expect(requestHost(h, setting(""))).toBe("portal.jl.gov.cn");
    expect(requestHost(h, setting("1"))).toBe("evil.example");
  });

  it("refuses malformed settings and normalises addresses", () => {
    for (const bad of ["abc", "10.0.0.0/33", "11", "10.0.0.0/8/1", "1.2.3"]) expect(parseTrustedProxies(bad), bad).toBeNull();
    for (const good of ["", "0", "none", "1", "10", "127.0.0.1", "10.0.0.0/8,::1,fd00::/8"]) expect(parseTrustedProxies(good), good).not.toBeNull();
    expect(normalizeAddress("::FFFF:1.2.3.4")).toBe("1.2.3.4");
    expect(normalizeAddress(" 1.2.3.4:80 ")).toBe("1.2.3.4");
    expect(normalizeAddress("<script>")).toBeNull();
  });
});

describe("the launcher's peer-address hook (lib/cli/peer-address.cjs)", () => {
  it("writes the socket's address over any copy a client sends, in a real Node HTTP server", () => {
    const hook = path.resolve(__dirname, "../../lib/cli/peer-address.cjs");
    const script = `
      const http = require("node:http");
      const server = http.createServer((req, res) => res.end(JSON.stringify({ peer: req.headers["${PEER_HEADER}"], raw: req.rawHeaders.filter((h) => h.toLowerCase() === "${PEER_HEADER}").length, mark: globalThis[Symbol.for("portal.peerAddressHeader")] === true })));
      server.listen(0, "127.0.0.1", () => {
        http.get({ host: "127.0.0.1", port: server.address().port, headers: { "${PEER_HEADER}": "6.6.6.6", "x-forwarded-for": "7.7.7.7" } }, (res) => {
          let body = ""; res.on("data", (c) => (body += c)); res.on("end", () => { console.log(body); server.close(); });
        });
      });`;
    const out = spawnSync(process.execPath, ["--require", hook, "-e", script], { encoding: "utf8", timeout: 20_000 });
    expect(JSON.parse(out.stdout)).toEqual({ peer: "127.0.0.1", raw: 1, mark: true });
  });
});
