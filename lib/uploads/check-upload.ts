import "server-only";
import { text } from "../i18n/text";
import { inspectInWorker } from "./inspect";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// The most all entries of a .docx may really inflate to (each entry is inflated in the worker with its declared
// size as the ceiling, so a directory that lies is caught by the bytes, not believed).
const DOCX_BUDGET = 200 * 1024 * 1024;

const UPLOAD_PROBLEMS = [
  "EMPTY",
  "TOO_LARGE",
  "NOT_ALLOWED",
  "LEGACY_DOC",
  "MACRO",
  "ACTIVE_CONTENT",
  "EXTERNAL_LINK",
  "BROKEN_DOCX",
  "ZIP_BOMB",
  "ENCRYPTED_PDF",
  "ACTIVE_PDF",
  "BROKEN_PDF",
  "CHECK_FAILED",
] as const;
export type UploadProblem = (typeof UPLOAD_PROBLEMS)[number];

/** What the user is told for each problem, in the current language (a getter per problem, read on each use). */
export const UPLOAD_MESSAGES: Readonly<Record<UploadProblem, string>> = (() => {
  const out = {} as Record<UploadProblem, string>;
  for (const problem of UPLOAD_PROBLEMS) Object.defineProperty(out, problem, { enumerable: true, get: () => text(`uploads.${problem}`) });
  return out;
})();

export type UploadCheck =
  { ok: true; format: "pdf" | "docx"; mimeType: string; extension: ".pdf" | ".docx" } | { ok: false; problem: UploadProblem; detail?: string };

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

const PDF_PROBLEMS: Record<string, UploadProblem> = { ENCRYPTED_PDF: "ENCRYPTED_PDF", ACTIVE_PDF: "ACTIVE_PDF", NOT_PDF: "BROKEN_PDF" };
const DOCX_PROBLEMS: Record<string, UploadProblem> = {
  BROKEN: "BROKEN_DOCX",
  NOT_PACKAGE: "BROKEN_DOCX",
  ZIP_BOMB: "ZIP_BOMB",
  LYING_SIZE: "ZIP_BOMB",
  MACRO: "MACRO",
  ACTIVE_CONTENT: "ACTIVE_CONTENT",
  EXTERNAL_LINK: "EXTERNAL_LINK",
};

/**
 * Judges a file by its content only (the name and the browser's type are never trusted). The magic bytes are
 * read here; everything that inflates or parses runs in the inspection worker (lib/uploads/inspect.ts).
 */
export async function checkUpload(bytes: Buffer): Promise<UploadCheck> {
  if (bytes.length === 0) return { ok: false, problem: "EMPTY" };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, problem: "TOO_LARGE" };
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    const r = await inspectInWorker("pdf", bytes);
    if (!r.ok) return { ok: false, problem: PDF_PROBLEMS[r.problem] ?? "CHECK_FAILED", detail: r.detail };
    return { ok: true, format: "pdf", mimeType: "application/pdf", extension: ".pdf" };
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return { ok: false, problem: "LEGACY_DOC" };
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return { ok: false, problem: "NOT_ALLOWED" };
  const r = await inspectInWorker("docx", bytes, { mainPart: "word/document.xml", mainTypes: [DOCX_MAIN], budget: DOCX_BUDGET });
  if (!r.ok) return { ok: false, problem: DOCX_PROBLEMS[r.problem] ?? "CHECK_FAILED", detail: r.detail };
  return { ok: true, format: "docx", mimeType: DOCX_MIME, extension: ".docx" };
}
