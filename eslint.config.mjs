// Lint for the traps this stack is known for (CONVENTIONS.md 12), not for style.
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next*/",
      "test-results*/",
      "lib/db/generated/",
      "data/",
      "test-results/",
      "playwright-report/",
      ".shots/",
      "next-env.d.ts",
      "*.config.*",
      "prisma.config.ts",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Use @/components/ui/link: Next's own <Link> prefetches every link in view, two server requests each (components/ui/link.tsx).",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]",
          message: "Raw unsafe SQL is banned: use tagged $queryRaw or the query builder.",
        },
      ],
    },
  },
  {
    // Where reading the environment is the point: the validated env module, launchers and test harnesses,
    // and Next's instrumentation hook, whose literal NEXT_RUNTIME check lets the Edge bundle drop Node code.
    files: ["lib/env.ts", "lib/cli/**", "tests/**", "instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
);
