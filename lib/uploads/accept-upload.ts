import "server-only";
import crypto from "node:crypto";
import { AppError } from "../errors/app-error";
import { logError } from "../log";
import { fileStore } from "../storage/file-store";
import { checkUpload, UPLOAD_MESSAGES } from "./check-upload";
import { scanUploadOrThrow } from "./scan";

export interface AcceptedUpload {
  /** The user's base name, cleaned; the title where the kind has none. */
  base: string;
  /** The shown name: the base name with the extension the content proved. */
  fileName: string;
  mimeType: string;
  sha256: string;
  byteSize: number;
}

/**
 * The checks every stored upload passes before anything is written: content (format, macros, encryption, zip
 * bombs), then the virus scan when clamd is configured. The user's name is kept for display only.
 */
export async function acceptUpload(userId: string, input: { fileName: string; bytes: Buffer }, fallbackBase: string): Promise<AcceptedUpload> {
  const check = await checkUpload(input.bytes);
  if (!check.ok) throw new AppError("INVALID_INPUT", check.problem, { file: [UPLOAD_MESSAGES[check.problem]] });
  const sha256 = crypto.createHash("sha256").update(input.bytes).digest("hex");
  await scanUploadOrThrow(input.bytes, { userId, sha256 });
  const base =
    input.fileName
      .replace(/[\\/]/g, "_")
      // Control and bidirectional-override characters too: "\u202Egnp.exe.pdf" would display as "fdp.exe.png".
      .replace(/[\u0000-\u001f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\.[^.]*$/, "")
      .slice(0, 80) || fallbackBase;
  return { base, fileName: `${base}${check.extension}`, mimeType: check.mimeType, sha256, byteSize: input.bytes.length };
}

/** The DocumentVersion columns that describe the stored file, the same for every upload path. */
export function storedFileColumns(file: AcceptedUpload, storageKey: string, uploadedById: string) {
  return { fileName: file.fileName, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256, storageKey, uploadedById };
}

/**
 * The file first, its record second: `record` gets the new storage key and writes the row and its audit event in
 * one transaction. If that fails the file is deleted again; if the process dies in between, the file is left
 * with no record naming it and sweepOrphanFiles removes it after an hour. A record never names a missing file.
 */
export async function storeThenRecord<T>(bytes: Buffer, record: (storageKey: string) => Promise<T>): Promise<T> {
  const store = fileStore();
  const storageKey = await store.put(bytes);
  try {
    return await record(storageKey);
  } catch (err) {
    await store.delete(storageKey).catch((cleanup: unknown) => logError("could not delete the file of a failed upload (the sweep will)", cleanup));
    throw err;
  }
}
