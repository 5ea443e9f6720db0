// Picks the store named by STORAGE_DRIVER. No server-only guard: the seed and the sweep CLI need it too.
import path from "node:path";
import { env } from "../env";
import { localFileStore } from "./local-store";
import { s3FileStore } from "./s3-store";
import type { FileStore } from "./store";

export function storeFromEnv(): FileStore {
  const e = env();
  if (e.STORAGE_DRIVER === "local") return localFileStore(path.resolve(e.UPLOAD_DIR));
  if (!e.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET (and S3_ENDPOINT for a non-AWS service)");
  return s3FileStore({
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === "1",
  });
}
