// The local-folder store without the server-only guard, so the demo seed (a CLI) stores files the same way.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

/**
 * Where uploaded files live. One interface, so a shared store (e.g. S3-compatible) can replace the
 * local folder when several web servers run. Keys are server-generated; user file names never
 * reach the file system.
 */
export interface FileStore {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function localFileStore(root = path.resolve(env().UPLOAD_DIR)): FileStore {
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error("invalid storage key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = crypto.randomUUID();
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written under a temporary name and renamed: a crash never leaves a half file under a key.
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.rename(tmp, file);
      return key;
    },
    get: (key) => fs.readFile(pathOf(key)),
  };
}
