// Stored files (the local store, UPLOAD_DIR): read through the store itself when backing up, and put back
// under their own keys on restore, in the store's layout (root/<first two characters>/<key>,
// lib/storage/local-store.ts; the restore test reads every file back through that store).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { text } from "../i18n/text";
import { localFileStore } from "../storage/local-store";
import { assertStorageKey } from "../storage/store";
import { BackupError } from "./errors";
import type { Manifest } from "./manifest";

export type FileItem = Manifest["files"]["items"][number];

export const sha256Of = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

/** Every stored file with its size and sha256, in key order. */
export async function listStoredFiles(root: string): Promise<FileItem[]> {
  const store = localFileStore(path.resolve(root));
  const items: FileItem[] = [];
  for await (const { key } of store.list()) {
    const bytes = await store.get(key);
    items.push({ key, bytes: bytes.length, sha256: sha256Of(bytes) });
  }
  return items.sort((a, b) => a.key.localeCompare(b.key));
}

export function readStoredFile(root: string, key: string): Promise<Buffer> {
  return localFileStore(path.resolve(root)).get(key);
}

export function assertEmptyUploadDir(root: string): void {
  const dir = path.resolve(root);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new BackupError(text("console.restore.uploadDirNotEmpty", { dir }));
  }
}

/** Moves verified files from the staging folder (same file system) into the store's layout. */
export async function placeFiles(stagingDir: string, root: string, keys: string[]): Promise<void> {
  const dir = path.resolve(root);
  for (const key of keys) {
    const target = path.join(dir, assertStorageKey(key).slice(0, 2), key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.promises.rename(path.join(stagingDir, key), target);
  }
}
