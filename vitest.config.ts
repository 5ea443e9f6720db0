import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // Next.js enforces server-only at build time; under Vitest the data layer runs in plain Node.
      "server-only": path.resolve(__dirname, "tests/helpers/empty-module.ts"),
      "@": path.resolve(__dirname),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
