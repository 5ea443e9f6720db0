import path from "node:path";

// What the browser tests' server tells the specs (written by serve.ts, read by accounts.ts).
export const SERVER_FILE = path.join(process.env.E2E_STATE_DIR ?? path.join("test-results", ".e2e"), `server-${process.env.E2E_PORT ?? "3100"}.json`);

export interface E2eServer {
  databaseUrl: string;
  dataKey: string;
}

/** Where the setup project saves a demo account's signed-in browser state. */
export function storageStatePath(username: string): string {
  return path.join(path.dirname(SERVER_FILE), `state-${process.env.E2E_PORT ?? "3100"}-${username}.json`);
}
