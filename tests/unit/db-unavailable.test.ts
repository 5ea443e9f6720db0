import net from "node:net";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { isDatabaseUnavailable, unexpectedErrorCode } from "@/lib/errors/db-unavailable";

// Which unexpected errors reach users as DB_UNAVAILABLE. The errors Prisma raises when the database
// really goes away are produced in tests/integration/db-faults.test.ts; here, the edges of the rule.
const known = (code: string) => new Prisma.PrismaClientKnownRequestError("database error", { code, clientVersion: "6.19.3" });

/** A real ECONNREFUSED from a socket (to a port nothing listens on), as the mail server, S3 or clamd would give. */
async function refusedSocketError(): Promise<Error> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return new Promise((resolve) => net.connect(port, "127.0.0.1").on("error", resolve));
}

describe("DB_UNAVAILABLE: the database away, told apart from other failures", () => {
  it.each(["P1001", "P1002", "P1017", "P2024", "P2028"])("Prisma %s is the database being unreachable", (code) => {
    expect(unexpectedErrorCode(known(code))).toBe("DB_UNAVAILABLE");
  });

  it("a server shutting down (SQLSTATE 57P01) or a connection failure class 08, as the pg adapter reports them", () => {
    const adapter = (originalCode: string) =>
      Object.assign(known("P2010"), { meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", originalCode } } } });
    expect(isDatabaseUnavailable(adapter("57P01"))).toBe(true);
    expect(isDatabaseUnavailable(adapter("08006"))).toBe(true);
    expect(isDatabaseUnavailable(adapter("23505"))).toBe(false);
  });

  it("pg's uncoded 'Connection terminated unexpectedly', passed through by Prisma with its clientVersion", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Connection terminated unexpectedly"), { clientVersion: "6.19.3" }))).toBe(true);
  });

  it("is not claimed for other Prisma errors, nor for a refused socket of another service", async () => {
    expect(unexpectedErrorCode(known("P2025"))).toBe("INTERNAL");
    // A unique violation is someone else's concurrent write: CONFLICT, decided in this one place.
    expect(unexpectedErrorCode(known("P2002"))).toBe("CONFLICT");
    const refused = await refusedSocketError();
    expect((refused as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
    expect(unexpectedErrorCode(refused)).toBe("INTERNAL");
    expect(unexpectedErrorCode(new Error("Connection terminated unexpectedly"))).toBe("INTERNAL");
    expect(unexpectedErrorCode("P1001")).toBe("INTERNAL");
    expect(unexpectedErrorCode(null)).toBe("INTERNAL");
  });
});
