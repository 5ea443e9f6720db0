import "server-only";
import { storeFromEnv } from "./select-store";
import type { FileStore } from "./store";

export type { FileStore } from "./store";
export { StoredFileMissing } from "./store";

const globalForStore = globalThis as unknown as { __fileStore?: FileStore };

/** The portal's one store (STORAGE_DRIVER): every upload and download goes through it. */
export function fileStore(): FileStore {
  globalForStore.__fileStore ??= storeFromEnv();
  return globalForStore.__fileStore;
}

/** Tests point the data layer at a store of their own (or a faulty one); undefined goes back to the configured one. */
export function useFileStore(store: FileStore | undefined): void {
  globalForStore.__fileStore = store;
}
