import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor, type Tree } from "../../lib/i18n/catalogue";
import { analyseClientKeys, coveredBy, minimalPaths } from "../../lib/i18n/check";
import { CLIENT_MESSAGE_PATHS, clientMessages, pickMessages } from "../../lib/i18n/client-namespaces";

const root = path.resolve(__dirname, "../..");

function at(tree: unknown, p: string): unknown {
  return p.split(".").reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Tree)[k] : undefined), tree);
}

describe("the catalogue paths the browser reads", () => {
  it("are the committed list: every one the code reads, none it does not (npm run i18n:baseline rewrites it)", () => {
    const analysis = analyseClientKeys(root);
    expect(analysis.problems).toEqual([]);
    expect(analysis.uses.filter((u) => !coveredBy(CLIENT_MESSAGE_PATHS, u.path))).toEqual([]);
    expect([...CLIENT_MESSAGE_PATHS]).toEqual(analysis.paths);
    // Each is in the catalogue (a path next to it would leave the browser's lookup empty).
    const zh = messagesFor("zh-CN");
    expect(CLIENT_MESSAGE_PATHS.filter((p) => at(zh, p) === undefined)).toEqual([]);
    // The browser's modules: the validation schemas and labels yes, server actions and the catalogue no.
    expect(analysis.reached).toContain("lib/validation/messages.ts");
    expect(analysis.reached).toContain("lib/i18n/labels.ts");
    expect(analysis.reached.filter((f) => /actions\.ts$|^lib\/i18n\/(catalogue|server-text)\.ts$/.test(f))).toEqual([]);
  });

  describe("worked out from the code", () => {
    let dir: string;
    const write = (file: string, source: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), source);
    };

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-keys-"));
      write("lib/i18n/text.ts", "export function text(key: string, values?: object): string { return key; }\n");
      write(
        "components/form.tsx",
        [
          '"use client";',
          'import { useTranslations } from "next-intl";',
          'import { schema } from "@/lib/schema";',
          'import { STATE_LABEL } from "../lib/labels";',
          'import type { Shape } from "@/lib/types-only";',
          'import { save } from "@/lib/actions";',
          "export function Form({ k }: { k: string }) {",
          '  const t = useTranslations("alpha");',
          '  const whole = useTranslations("beta.sub");',
          '  return [t("one"), t.rich("two", {}), t(`kinds.${k}`), whole(k), schema, STATE_LABEL, save];',
          "}",
        ].join("\n"),
      );
      // Reached through two imports: a schema module, and the text() it calls.
      write("lib/schema.ts", 'import { say } from "./messages";\nexport const schema = () => say("validation.required");\n');
      write("lib/messages.ts", 'import { text } from "./i18n/text";\nexport function say(key: string) {\n  return text(key);\n}\n');
      write(
        "lib/labels.ts",
        [
          'import { text } from "@/lib/i18n/text";',
          "function labelsOf(ns: string, codes: string[]) {",
          "  return codes.map((c) => text(`${ns}.${c}`));",
          "}",
          'export const STATE_LABEL = labelsOf("states", ["A"]);',
          "export const pick = (key: string) => text(key);",
        ].join("\n"),
      );
      // Never in the browser: a module imported for its types only, a server action, a server component.
      write("lib/types-only.ts", 'import { text } from "./i18n/text";\nexport type Shape = string;\nexport const x = text("gamma");\n');
      write("lib/actions.ts", '"use server";\nimport { text } from "./i18n/text";\nexport async function save() {\n  return text("delta");\n}\n');
      write("components/page.tsx", 'import { useTranslations } from "next-intl";\nexport function Page() {\n  return useTranslations("epsilon")("x");\n}\n');
      write(
        "components/other.tsx",
        '\'use client\';\nimport { useTranslations } from "next-intl";\nexport function Other() {\n  const t = useTranslations();\n  return t("zeta.x");\n}\n',
      );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const wrappers = [
      { file: "lib/messages.ts", name: "say", arg: 0 },
      { file: "lib/labels.ts", name: "labelsOf", arg: 0 },
    ];

    it("from a client file's useTranslations, through its imports to text() and the wrappers around it", () => {
      const analysis = analyseClientKeys(dir, { dirs: ["components", "lib"], wrappers, dynamic: [] });
      expect(analysis.reached).toEqual([
        "components/form.tsx",
        "components/other.tsx",
        "lib/i18n/text.ts",
        "lib/labels.ts",
        "lib/messages.ts",
        "lib/schema.ts",
      ]);
      expect(analysis.paths).toEqual(["alpha.kinds", "alpha.one", "alpha.two", "beta.sub", "states", "validation.required"]);
      const found = new Set(analysis.uses.map((u) => u.path));
      for (const never of ["gamma", "delta", "epsilon"]) expect(found.has(never)).toBe(false);
    });

    it("reports a key it cannot read, naming the file, unless the call is listed", () => {
      const analysis = analyseClientKeys(dir, { dirs: ["components", "lib"], wrappers, dynamic: [] });
      expect(analysis.problems).toHaveLength(2);
      expect(analysis.problems[0]).toMatch(/^components\/other\.tsx:4: useTranslations\(\) without a namespace/);
      expect(analysis.problems[1]).toMatch(/^lib\/labels\.ts:6: text\(key\) \(in pick\)/);
      // Without its wrapper entry, the wrapper's own call is a problem too.
      const unlisted = analyseClientKeys(dir, { dirs: ["components", "lib"], wrappers: wrappers.slice(1), dynamic: [] });
      expect(unlisted.problems.some((p) => p.startsWith("lib/messages.ts:3: text(key) (in say)"))).toBe(true);
      // Listed with the paths it needs, the call is no longer a problem and its paths are counted.
      const listed = analyseClientKeys(dir, {
        dirs: ["components", "lib"],
        wrappers,
        dynamic: [
          { file: "lib/labels.ts", function: "pick", paths: ["eta"], why: "test" },
          { file: "components/other.tsx", function: "Other", paths: ["zeta"], why: "test" },
        ],
      });
      expect(listed.problems).toEqual([]);
      expect(listed.paths).toContain("eta");
      expect(listed.paths).toContain("zeta");
    });
  });

  it("are kept minimal: a path inside another listed one goes", () => {
    expect(minimalPaths(["review.notes.a", "review.notes", "review.panel", "audit", "audit.x"])).toEqual(["audit", "review.notes", "review.panel"]);
    expect(coveredBy(["review.notes"], "review.notes.add")).toBe(true);
    expect(coveredBy(["review.notes"], "review.notesX")).toBe(false);
  });
});

describe("the messages a page hands the browser", () => {
  it("keep a picked path where it was and drop the rest", () => {
    const tree: Tree = { review: { notes: { add: "添加", del: "删除" }, panel: { go: "通过" } }, audit: { x: "审计" }, errors: { E: "错" } };
    expect(pickMessages(tree, ["review.notes", "errors", "missing.path"])).toEqual({ review: { notes: { add: "添加", del: "删除" } }, errors: { E: "错" } });
  });

  it.each(["zh-CN", "en"] as const)("%s: the client's paths, no audit, well under the whole catalogue", (locale) => {
    const whole = messagesFor(locale);
    const picked = clientMessages(whole);
    expect(clientMessages(whole)).toBe(picked);
    expect(at(picked, "review.notes")).toEqual(at(whole, "review.notes"));
    expect(at(picked, "validation.required")).toBe(at(whole, "validation.required"));
    expect(at(picked, "audit")).toBeUndefined();
    expect(at(picked, "review.diff")).toBeUndefined();
    // Measured when the pick came in: zh-CN 34 461 of 87 696 characters, en 66 113 of 165 149 (both 40 %).
    const ratio = JSON.stringify(picked).length / JSON.stringify(whole).length;
    expect(ratio).toBeLessThan(0.5);
  });
});
