import "server-only";
import { localFileStore, type FileStore } from "./local-store";

export { localFileStore, type FileStore };

export function fileStore(): FileStore {
  return localFileStore();
}
