// The local-folder store (the default). No server-only guard, so the demo seed and the sweep CLI use it too.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import { assertStorageKey, newStorageKey, STORAGE_KEY, StoredFileMissing, type FileStore, type StoredFile } from "./store";

export type { FileStore } from "./store";

const TEMP = /\.tmp$/;
const SHARD = /^[0-9a-f]{2}$/;

const isMissing = (err: unknown) => (err as { code?: unknown }).code === "ENOENT";

/** Files under root/<first two characters of the key>/<key>; written to a temporary name, synced, then renamed. */
export function localFileStore(root = path.resolve(env().UPLOAD_DIR)): FileStore {
  const pathOf = (key: string) => path.join(root, assertStorageKey(key).slice(0, 2), key);

  async function* shards(): AsyncIterable<string> {
    const names = await fs.readdir(root).catch((err: unknown) => (isMissing(err) ? [] : Promise.reject(err)));
    for (const name of names.sort()) if (SHARD.test(name)) yield path.join(root, name);
  }

  return {
    async put(bytes) {
      const key = newStorageKey();
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // A crash before the rename leaves only a *.tmp file (removePartials), never a half file under a key.
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
      try {
        const handle = await fs.open(tmp, "wx", 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, file);
      } catch (err) {
        await fs.rm(tmp, { force: true }).catch(() => undefined);
        throw err;
      }
      await syncDir(path.dirname(file));
      return key;
    },
    async get(key) {
      try {
        return await fs.readFile(pathOf(key));
      } catch (err) {
        if (isMissing(err)) throw new StoredFileMissing(key);
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
    async exists(key) {
      return fs.stat(pathOf(key)).then(
        (s) => s.isFile(),
        (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
      );
    },
    async *list(): AsyncIterable<StoredFile> {
      for await (const dir of shards()) {
        for (const name of (await fs.readdir(dir)).sort()) {
          if (!STORAGE_KEY.test(name)) continue;
          const stat = await fs.stat(path.join(dir, name)).catch(() => null);
          if (stat?.isFile()) yield { key: name, modifiedAt: stat.mtime };
        }
      }
    },
    async removePartials(before) {
      let removed = 0;
      for await (const dir of shards()) {
        for (const name of await fs.readdir(dir)) {
          if (!TEMP.test(name)) continue;
          const file = path.join(dir, name);
          const stat = await fs.stat(file).catch(() => null);
          if (stat && stat.mtime < before) {
            await fs.rm(file, { force: true });
            removed += 1;
          }
        }
      }
      return removed;
    },
  };
}

/** The rename is durable only once the directory entry is on disk too. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the file itself is already synced.
  } finally {
    await handle.close();
  }
}
