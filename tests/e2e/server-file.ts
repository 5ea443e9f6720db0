import path from "node:path";

const PORT = process.env.E2E_PORT ?? "3100";

/**
 * Playwright's output folder, which it empties when a run starts: a run on another port (a developer beside
 * CI) has its own, so it never deletes the files of a run in progress.
 */
export const E2E_OUTPUT_DIR = PORT === "3100" ? "test-results" : `test-results-${PORT}`;

// What the browser tests' server tells the specs (written by serve.ts, read by accounts.ts).
export const SERVER_FILE = path.join(E2E_OUTPUT_DIR, ".e2e", "server.json");

export interface E2eServer {
  databaseUrl: string;
  dataKey: string;
}

/** Where the setup project saves a demo account's signed-in browser state. */
export function storageStatePath(username: string): string {
  return path.join(path.dirname(SERVER_FILE), `state-${username}.json`);
}
