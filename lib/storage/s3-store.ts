// The S3-compatible store (AWS S3, MinIO, or a domestic cloud's OSS/COS/OBS in S3 mode), shared by every web
// instance. Tested here against tests/helpers/fake-s3.ts, a stand-in speaking the same REST subset, not a real S3.
import type * as S3 from "@aws-sdk/client-s3";
import { assertStorageKey, newStorageKey, STORAGE_KEY, StoredFileMissing, type FileStore, type StoredFile } from "./store";

export interface S3Config {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Objects live under this prefix, so the sweep never touches anything else in a shared bucket. */
  prefix?: string;
}

const isNotFound = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

export function s3FileStore(config: S3Config): FileStore {
  const prefix = config.prefix ?? "uploads/";
  const objectOf = (key: string) => `${prefix}${assertStorageKey(key)}`;
  const Bucket = config.bucket;
  // Loaded on first use: a portal on local storage never pays for the SDK.
  let client: Promise<{ s3: S3.S3Client; sdk: typeof S3 }> | undefined;
  const connect = () =>
    (client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
        // Many S3-compatible services reject the SDK's default CRC32 trailers; send checksums only where S3 requires them.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      }),
    })));

  return {
    async put(bytes) {
      const { s3, sdk } = await connect();
      const key = newStorageKey();
      // One PutObject is atomic on S3: the object exists whole or not at all.
      await s3.send(
        new sdk.PutObjectCommand({ Bucket, Key: objectOf(key), Body: bytes, ContentLength: bytes.length, ContentType: "application/octet-stream" }),
      );
      return key;
    },
    async get(key) {
      const { s3, sdk } = await connect();
      try {
        const res = await s3.send(new sdk.GetObjectCommand({ Bucket, Key: objectOf(key) }));
        if (!res.Body) throw new StoredFileMissing(key);
        return Buffer.from(await res.Body.transformToByteArray());
      } catch (err) {
        if (isNotFound(err)) throw new StoredFileMissing(key);
        throw err;
      }
    },
    async delete(key) {
      const { s3, sdk } = await connect();
      await s3.send(new sdk.DeleteObjectCommand({ Bucket, Key: objectOf(key) }));
    },
    async exists(key) {
      const { s3, sdk } = await connect();
      try {
        await s3.send(new sdk.HeadObjectCommand({ Bucket, Key: objectOf(key) }));
        return true;
      } catch (err) {
        if (isNotFound(err)) return false;
        throw err;
      }
    },
    async *list(): AsyncIterable<StoredFile> {
      const { s3, sdk } = await connect();
      let ContinuationToken: string | undefined;
      do {
        const page = await s3.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const o of page.Contents ?? []) {
          const key = o.Key?.slice(prefix.length) ?? "";
          if (o.Key?.startsWith(prefix) && STORAGE_KEY.test(key)) yield { key, modifiedAt: o.LastModified ?? new Date() };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    // A single PutObject leaves no partial object behind; there is nothing to clean.
    removePartials: () => Promise.resolve(0),
  };
}
