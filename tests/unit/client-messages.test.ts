import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor, type Tree } from "../../lib/i18n/catalogue";
import { analyseClientKeys, coveredBy, minimalPaths, pageWrapperProblems } from "../../lib/i18n/check";
import { PAGE_MESSAGE_PATHS, SHELL_MESSAGE_PATHS, pageMessages, pickMessages, shellMessages } from "../../lib/i18n/client-namespaces";

const root = path.resolve(__dirname, "../..");

function at(tree: unknown, p: string): unknown {
  return p.split(".").reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Tree)[k] : undefined), tree);
}

describe("the catalogue paths the browser reads", () => {
  it("are the committed lists, the shell's and each page's (npm run i18n:baseline rewrites them), and every page hands its own on", () => {
    const analysis = analyseClientKeys(root);
    expect(analysis.problems).toEqual([]);
    expect([...SHELL_MESSAGE_PATHS]).toEqual(analysis.shell);
    expect(PAGE_MESSAGE_PATHS).toEqual(analysis.pages);
    // Every page of the app is listed, and its default export is withPageText with its own path.
    const pages = Object.keys(analysis.pages);
    expect(pages.length).toBeGreaterThanOrEqual(44);
    expect(pages).toContain("app/(portal)/alliances/[id]/edit/page.tsx");
    expect(pageWrapperProblems(root, pages)).toEqual([]);
    // Each is in the catalogue (a path next to it would leave the browser's lookup empty).
    const zh = messagesFor("zh-CN");
    const listed = [...SHELL_MESSAGE_PATHS, ...Object.values(PAGE_MESSAGE_PATHS).flat()];
    expect(listed.filter((p) => at(zh, p) === undefined)).toEqual([]);
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

    it("per page: the client modules a page reaches through its server modules; the layouts' go to the shell", () => {
      // A page that renders the client form through a server component, one with no client code, a layout with its own.
      write("components/section.tsx", 'import { Form } from "./form";\nimport { Page } from "./page";\nexport const Section = () => [Form, Page];\n');
      write("app/x/page.tsx", 'import { Section } from "@/components/section";\nexport default async function X() {\n  return Section;\n}\n');
      write("app/y/page.tsx", 'import { Page } from "@/components/page";\nexport default async function Y() {\n  return Page;\n}\n');
      write("app/layout.tsx", 'import { Other } from "@/components/other";\nexport default function Layout() {\n  return Other;\n}\n');
      const analysis = analyseClientKeys(dir, {
        dirs: ["app", "components", "lib"],
        wrappers,
        dynamic: [{ file: "components/other.tsx", function: "Other", paths: ["zeta"], why: "test" }],
      });
      expect(analysis.pages).toEqual({
        "app/x/page.tsx": ["alpha.kinds", "alpha.one", "alpha.two", "beta.sub", "states", "validation.required"],
        "app/y/page.tsx": [],
      });
      expect(analysis.shell).toEqual(["zeta"]);
      // A page must hand its paths on under its own name.
      expect(pageWrapperProblems(dir, ["app/x/page.tsx"])).toEqual([
        'app/x/page.tsx: export default withPageText("app/x/page.tsx", …) (lib/i18n/page-text.tsx)',
      ]);
      write("app/x/page.tsx", 'async function X() {\n  return 1;\n}\n\nexport default withPageText("app/y/page.tsx", X);\n');
      expect(pageWrapperProblems(dir, ["app/x/page.tsx"])[0]).toMatch(/, not "app\/y\/page\.tsx"$/);
      write("app/x/page.tsx", 'async function X() {\n  return 1;\n}\n\nexport default withPageText("app/x/page.tsx", X);\n');
      expect(pageWrapperProblems(dir, ["app/x/page.tsx"])).toEqual([]);
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

  it.each(["zh-CN", "en"] as const)("%s: the shell's few paths, and each page only its own", (locale) => {
    const whole = messagesFor(locale);
    const shell = shellMessages(whole);
    expect(shellMessages(whole)).toBe(shell);
    expect(at(shell, "pages.retry")).toBe(at(whole, "pages.retry"));
    expect(at(shell, "validation")).toBeUndefined();
    const edit = pageMessages(whole, "app/(portal)/alliances/[id]/edit/page.tsx")!;
    expect(pageMessages(whole, "app/(portal)/alliances/[id]/edit/page.tsx")).toBe(edit);
    expect(at(edit, "validation.required")).toBe(at(whole, "validation.required"));
    expect(at(edit, "audit")).toBeUndefined();
    expect(at(edit, "assessment")).toBeUndefined();
    // The alliance list's client code reads nothing from the catalogue: no provider, nothing sent.
    expect(pageMessages(whole, "app/(portal)/alliances/page.tsx")).toBeNull();
    // Measured when pages got their own (4 December, zh-CN): every client path 58.7 kB, the shell 0.7 kB, the filing
    // form 20.5 kB (the largest), the sign-in page 4.5 kB.
    const size = (m: unknown) => JSON.stringify(m).length;
    const all = pickMessages(whole as unknown as Tree, [...new Set([...SHELL_MESSAGE_PATHS, ...Object.values(PAGE_MESSAGE_PATHS).flat()])]);
    expect(size(shell) / size(all)).toBeLessThan(0.05);
    expect(size(edit) / size(all)).toBeLessThan(0.5);
    expect(size(pageMessages(whole, "app/login/page.tsx")) / size(all)).toBeLessThan(0.15);
  });
});
