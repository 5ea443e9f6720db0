import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// .ci/run runs tests/unit once (on the embedded database's run) and tests/integration on both databases: a file here
// must not open a database, or its PostgreSQL half would go untested. Without the helpers below a file cannot reach
// one: DATABASE_URL is unset under Vitest, so db() throws (lib/db/client.ts).
const DIR = path.join(process.cwd(), "tests/unit");
const OPENS_A_DATABASE = [
  /tests\/helpers\/test-db|helpers\/test-db/,
  /\b(useTestDatabase|createMigratedDatabase|createTestDatabase|startEmbeddedDatabase|createPrisma)\b/,
  /TEST_DATABASE_URL|DATABASE_URL\s*=/,
  /from "pg"|new PGlite\b/,
];

function databaseUse(source: string): string[] {
  return OPENS_A_DATABASE.filter((re) => re.test(source)).map(String);
}

describe("tests/unit opens no database", () => {
  it("finds a database in a file that opens one", () => {
    expect(databaseUse(`import { useTestDatabase } from "../helpers/test-db";\nconst { prisma } = useTestDatabase();`)).toHaveLength(2);
    expect(databaseUse(`import pg from "pg";`)).toHaveLength(1);
    expect(databaseUse(`import { Prisma } from "@/lib/db/generated/client";`)).toEqual([]);
  });

  it("holds for every file", () => {
    const self = "unit-without-database.test.ts";
    const offenders = fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".ts") && f !== self)
      .flatMap((f) => databaseUse(fs.readFileSync(path.join(DIR, f), "utf8")).map((why) => `${f}: ${why} (move it to tests/integration)`));
    expect(offenders).toEqual([]);
  });
});
