// A stand-in for an S3-compatible object store (there is no S3 or MinIO on this machine): a real HTTP server
// speaking the REST subset the portal's S3 driver uses (PutObject, GetObject, HeadObject, DeleteObject,
// ListObjectsV2; path-style URLs), objects in memory. Every request must carry a valid AWS Signature V4 for
// the configured key pair, checked the way S3 checks it, so a wrongly configured client is refused here too.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeS3Options {
  bucket?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  region?: string;
  /** Objects per ListObjectsV2 page, small to exercise continuation tokens. */
  pageSize?: number;
}

interface StoredObject {
  body: Buffer;
  lastModified: Date;
  etag: string;
}

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, StoredObject>;
  /** Every request seen: method, path, and whether its signature was valid. */
  requests: { method: string; path: string; signed: boolean }[];
  /** "drop": PutObject connections are cut after part of the body arrives; "error": answered 500. */
  failPuts: "none" | "drop" | "error";
  close(): Promise<void>;
}

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: Buffer | string, data: string) => crypto.createHmac("sha256", key).update(data, "utf8").digest();
const sha256 = (data: Buffer | string) => crypto.createHash("sha256").update(data).digest("hex");
const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function errorXml(res: http.ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { "Content-Type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`);
}

function parseQuery(raw: string): [string, string][] {
  if (!raw) return [];
  return raw.split("&").map((pair) => {
    const at = pair.indexOf("=");
    const [k, v] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
    return [decodeURIComponent(k), decodeURIComponent(v)];
  });
}

/** AWS Signature Version 4 as S3 verifies it: canonical request, string to sign, derived key. */
function signatureProblem(req: http.IncomingMessage, body: Buffer, o: Required<FakeS3Options>): string | null {
  const auth = req.headers.authorization ?? "";
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return "missing or malformed AWS4-HMAC-SHA256 Authorization header";
  const [, keyId, date, region, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string];
  if (keyId !== o.accessKeyId) return "unknown access key";
  if (region !== o.region) return `wrong region ${region}`;
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  if (!amzDate.startsWith(date)) return "x-amz-date does not match the credential scope";
  const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  if (!(Math.abs(Date.now() - signedAt) < 15 * 60_000)) return "request time too skewed";
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (!payloadHash) return "missing x-amz-content-sha256";
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) return "x-amz-content-sha256 does not match the body";
  const names = signedHeaders.split(";");
  if (!names.includes("host")) return "host is not signed";
  const [rawPath, rawQuery = ""] = (req.url ?? "/").split("?");
  const query = parseQuery(rawQuery)
    .map(([k, v]) => [enc(k), enc(v)])
    .sort((a, b) => (a[0] === b[0] ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const canonical = [req.method, rawPath, query, headers, signedHeaders, payloadHash].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${o.secretAccessKey}`, date), region), "s3"), "aws4_request");
  const expected = crypto.createHmac("sha256", key).update(toSign, "utf8").digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : "signature does not match";
}

export async function startFakeS3(options: FakeS3Options = {}): Promise<FakeS3> {
  const o: Required<FakeS3Options> = {
    bucket: options.bucket ?? "portal-files",
    accessKeyId: options.accessKeyId ?? "AKIAFAKES3TEST",
    secretAccessKey: options.secretAccessKey ?? "fake-s3-secret-key-for-tests-only",
    region: options.region ?? "cn-north-1",
    pageSize: options.pageSize ?? 1000,
  };
  const objects = new Map<string, StoredObject>();
  const requests: FakeS3["requests"] = [];
  const fake = { failPuts: "none" as FakeS3["failPuts"] };

  const server = http.createServer((req, res) => {
    const [rawPath = "/"] = (req.url ?? "/").split("?");
    const segments = rawPath.split("/").slice(1).map(decodeURIComponent);
    const bucket = segments[0] ?? "";
    const key = segments.slice(1).join("/");
    if (req.method === "PUT" && key && fake.failPuts === "drop") {
      // Read a little of the body, then cut the connection: an upload interrupted midway.
      req.once("data", () => req.socket.destroy());
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const problem = signatureProblem(req, body, o);
      requests.push({ method: req.method ?? "", path: rawPath, signed: problem === null });
      if (problem) return errorXml(res, 403, "SignatureDoesNotMatch", problem);
      if (bucket !== o.bucket) return errorXml(res, 404, "NoSuchBucket", "The specified bucket does not exist");
      if (!key) {
        const q = new Map(parseQuery((req.url ?? "").split("?")[1] ?? ""));
        if (req.method !== "GET" || q.get("list-type") !== "2") return errorXml(res, 501, "NotImplemented", "only ListObjectsV2 on a bucket");
        return listObjects(res, q);
      }
      const found = objects.get(key);
      switch (req.method) {
        case "PUT": {
          if (fake.failPuts === "error") return errorXml(res, 500, "InternalError", "injected failure");
          const etag = `"${crypto.createHash("md5").update(body).digest("hex")}"`;
          objects.set(key, { body, lastModified: new Date(), etag });
          res.writeHead(200, { ETag: etag });
          return res.end();
        }
        case "GET":
        case "HEAD":
          if (!found) {
            if (req.method === "HEAD") return res.writeHead(404).end();
            return errorXml(res, 404, "NoSuchKey", "The specified key does not exist.");
          }
          res.writeHead(200, {
            "Content-Type": "application/octet-stream",
            "Content-Length": String(found.body.length),
            ETag: found.etag,
            "Last-Modified": found.lastModified.toUTCString(),
          });
          return res.end(req.method === "GET" ? found.body : undefined);
        case "DELETE":
          objects.delete(key);
          return res.writeHead(204).end();
        default:
          return errorXml(res, 405, "MethodNotAllowed", "method not allowed");
      }
    });
  });

  function listObjects(res: http.ServerResponse, q: Map<string, string>) {
    const prefix = q.get("prefix") ?? "";
    const after = q.has("continuation-token") ? Buffer.from(q.get("continuation-token")!, "base64url").toString("utf8") : "";
    const max = Math.min(Number(q.get("max-keys") ?? o.pageSize), o.pageSize);
    const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
    const page = keys.slice(0, max);
    const truncated = keys.length > page.length;
    const contents = page
      .map((k) => {
        const obj = objects.get(k)!;
        return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${obj.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(obj.etag)}</ETag><Size>${obj.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
      })
      .join("");
    const next = truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)!, "utf8").toString("base64url")}</NextContinuationToken>` : "";
    res.writeHead(200, { "Content-Type": "application/xml" });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${o.bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`,
    );
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: o.bucket,
    region: o.region,
    accessKeyId: o.accessKeyId,
    secretAccessKey: o.secretAccessKey,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
