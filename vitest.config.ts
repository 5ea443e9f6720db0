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
    // Migrations run once per run into a template that every file copies (tests/helpers/test-db.ts).
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/text-setup.ts"],
    // Vitest's default on 2 cores is one worker; files wait on their database as much as they compute,
    // so two run side by side in less time (measured in README); heavier files time out with more on two cores.
    maxWorkers: Number(process.env.VITEST_WORKERS ?? 2),
    // Password hashing at N = 2^10 instead of 2^15 (lib/auth/password.ts scryptCost): several hundred sign-ins.
    env: { TEST_SCRYPT_LOG2N: "10" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
