import path from "node:path";
import { defineConfig } from "prisma/config";

// engine "js" + adapter: the CLI never downloads a native schema engine (see STACK-NOTES.md).
// The adapter is only needed by commands that talk to a database; migrations are applied by
// lib/db/migrate.ts, so a placeholder connection string is enough for generate and diff.
// The schema's datasource url is unused at run time (the adapter connects); give tooling a value.
process.env.DATABASE_URL ??= "postgres://localhost:5432/postgres";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
