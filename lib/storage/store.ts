// The storage interface every upload and download goes through (no server-only guard: CLIs use it too).
import crypto from "node:crypto";

/**
 * Where uploaded files live: a local folder (one node) or an S3-compatible bucket (shared by several web
 * instances, docs/SCALING.md). Keys are server-generated uuids; a user's file name never reaches storage.
 */
export interface FileStore {
  /** Stores the bytes under a new key and returns it; a failed put leaves nothing under that key. */
  put(bytes: Buffer): Promise<string>;
  /** The stored bytes; StoredFileMissing when the key holds nothing. */
  get(key: string): Promise<Buffer>;
  /** Removes the file; a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored key with its write time, for the orphan sweep. Only this store's own keys, never foreign files. */
  list(): AsyncIterable<StoredFile>;
  /** Removes leftovers of writes that never finished (a crash mid-put) written before `before`; returns how many. */
  removePartials(before: Date): Promise<number>;
}

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

export const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(): string {
  return crypto.randomUUID();
}

/** Refuses anything but a server-generated key, so no caller can reach outside the store (../, absolute paths). */
export function assertStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error("invalid storage key");
  return key;
}

/** A record names a key whose file is gone: never expected (files are written before records), so a 500. */
export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`stored file missing: ${key}`);
    this.name = "StoredFileMissing";
  }
}
