import { describe, expect, it } from "vitest";
import { isLocalPath, relativeRedirect } from "@/lib/http/relative-redirect";

// Issue 14 (8): redirects name a path, never a host (the server's idea of it is wrong behind a proxy).
describe("relativeRedirect", () => {
  it("answers a relative Location with the status asked for", () => {
    const res = relativeRedirect("/alliances/1?x=1#r", 303);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/alliances/1?x=1#r");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it.each(["//evil.example/x", "/\\\\evil.example", "https://evil.example/", "javascript:alert(1)", "notifications", ""])("sends %j to the fallback", (bad) => {
    expect(isLocalPath(bad)).toBe(false);
    expect(relativeRedirect(bad, 303, "/notifications").headers.get("location")).toBe("/notifications");
  });
});
