import { z } from "zod";
import { parseTrustedProxies } from "./http/trusted-proxies";

// The only place that reads process.env (CONVENTIONS 8).
const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // How long a query may wait for the database's answer, and a new connection for its handshake, before the
  // request is answered "database unavailable" (503) instead of hanging while the database is frozen. The embedded
  // database serves one transaction at a time, so a busy moment (a seed, 50 writers) queues work for seconds: the
  // defaults leave room for that; on a PostgreSQL server 3000/5000 answer sooner.
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  PGLITE_DATA_DIR: z.string().default("data/pglite"),
  UPLOAD_DIR: z.string().default("data/uploads"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // Idle timeout in minutes; the security admin can lower or raise it in settings.
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(480).default(15),
  PORT: z.coerce.number().int().default(3000),
  HOST: z.string().default("127.0.0.1"),
  // Server processes sharing the port (lib/cli/next-cluster.cjs); unset → one per core of the machine.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  // V8's old-space limit per server process, in MB. Without one V8 sizes the heap from the machine's memory
  // (about 4 GB here) and lets garbage pile up to near a gigabyte under load before collecting it; 0 leaves
  // V8's own limit. 320 was chosen by `npm run bench` (docs/BENCHMARK.md).
  HEAP_LIMIT_MB: z.coerce.number().int().min(0).max(16_384).default(320),
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by Vitest in its workers; with it, TEST_SCRYPT_LOG2N lowers the password work factor (lib/auth/password.ts).
  VITEST: z.string().optional(),
  TEST_SCRYPT_LOG2N: z.string().optional(),
  // Email copies of notifications; unset means in-app only. e.g. smtp://user:pass@mail.example.cn:587
  SMTP_URL: z.string().url().optional(),
  // The sender as configured for the deployment (one name for every recipient): data, not interface text.
  SMTP_FROM: z.string().default("吉林省重点产业科技创新联盟备案平台 <noreply@alliance.jl.gov.cn>"), // i18n-data
  // Base address used in links inside emails and on the certificate's verification line.
  PUBLIC_BASE_URL: z.string().url().optional(),
  // A read replica for dashboards and exports (lib/db/client.ts readDb); unset → the primary.
  DATABASE_READ_URL: z.string().url().optional(),
  // Where uploaded files live: this node's disk (default) or an S3-compatible object store,
  // which several web instances can share (docs/SCALING.md).
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("cn-north-1"),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("1"),
  // ClamAV's clamd (TCP). When set, every upload is scanned and refused if clamd cannot answer.
  CLAMD_HOST: z.string().optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Key that seals TOTP secrets at rest (32+ characters); unset → derived from NEXTAUTH_SECRET.
  DATA_KEY: z.string().min(32).optional(),
  // "1" when the portal is served behind a TLS-terminating proxy: HSTS is sent, cookies are secure.
  BEHIND_TLS: z.enum(["0", "1"]).default("0"),
  // The reverse proxies in front of the portal whose X-Forwarded-For / X-Forwarded-Host are believed: unset or
  // "0" → none (the connecting address is the client; forwarded headers are ignored), "1"/"2" → that many proxies
  // in front, or their addresses/CIDRs ("10.0.0.0/8,127.0.0.1"). lib/http/client-address.ts reads it.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((s) => parseTrustedProxies(s) !== null, "TRUSTED_PROXIES: a count (0-10) or a comma-separated list of IP addresses and CIDRs"),
  // Where `next build` writes and `next start` reads (next.config.js): a second build beside the first.
  NEXT_DIST_DIR: z
    .string()
    .regex(/^\.next[\w-]*$/)
    .default(".next"),
  // LibreOffice for PDFs of the generated documents: a path or a command on PATH. When it does not
  // answer, the portal offers .docx only and says so (lib/documents/pdf).
  SOFFICE_PATH: z.string().min(1).default("soffice"),
  PDF_TIMEOUT_MS: z.coerce.number().int().min(5_000).max(600_000).default(60_000),
  TEST_DATABASE_URL: z.string().url().optional(),
  CI: z.string().optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

/** For launchers and tests that set variables after import. */
export function resetEnvCache(): void {
  cached = undefined;
}
