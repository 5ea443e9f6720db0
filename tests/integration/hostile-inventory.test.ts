import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PUBLIC_PAGES, ROOT, ROUTES, scanSources } from "../helpers/hostile";

// Keeps the hostile suite honest: a new server action or route handler fails this file until it is
// listed in tests/helpers/hostile.ts with the suite that attacks it, and that suite names it.

const suiteText = (suite: string) => fs.readFileSync(path.join(ROOT, "tests/integration", `hostile-${suite}.test.ts`), "utf8");

describe("hostile suite inventory", () => {
  const found = scanSources();

  it("lists exactly the server actions in the source tree", () => {
    const listed = Object.fromEntries(Object.entries(ACTIONS).map(([f, a]) => [f, Object.keys(a).sort()]));
    expect(found.actions).toEqual(listed);
  });

  it("lists exactly the route handlers and their methods", () => {
    const listed = Object.fromEntries(Object.entries(ROUTES).map(([f, r]) => [f, [...r.methods].sort()]));
    expect(found.routes).toEqual(listed);
  });

  it("lists exactly the public pages", () => {
    expect(found.publicPages).toEqual([...PUBLIC_PAGES].sort());
  });

  it("has every action named in the suite file said to attack it", () => {
    const missing: string[] = [];
    for (const [file, actions] of Object.entries(ACTIONS)) {
      for (const [name, entry] of Object.entries(actions)) {
        if (!new RegExp(`\\b${name}\\b`).test(suiteText(entry.suite))) missing.push(`${file}#${name} → hostile-${entry.suite}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has every route imported by the suite file said to attack it", () => {
    const missing: string[] = [];
    for (const [file, entry] of Object.entries(ROUTES)) {
      const spec = `@/${file.replace(/\.ts$/, "")}`;
      if (!suiteText(entry.suite).includes(`"${spec}"`)) missing.push(`${file} → hostile-${entry.suite}`);
    }
    expect(missing).toEqual([]);
  });

  it("has every public page exercised by the public suite or the browser spec", () => {
    const browser = fs.readFileSync(path.join(ROOT, "tests/e2e/hostile.spec.ts"), "utf8");
    const urls: Record<string, string> = {
      "app/public/notices/page.tsx": `"/public/notices"`,
      "app/public/notices/[id]/page.tsx": "/public/notices/${",
      "app/public/verify/page.tsx": "/public/verify",
      "app/public/confirm/[token]/page.tsx": "/public/confirm/",
    };
    for (const page of PUBLIC_PAGES) expect(browser, page).toContain(urls[page]);
  });
});
