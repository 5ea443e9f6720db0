import "server-only";
import { inspectInWorker } from "./inspect";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// The most all entries of a .docx may really inflate to (each entry is inflated in the worker with its declared
// size as the ceiling, so a directory that lies is caught by the bytes, not believed).
const DOCX_BUDGET = 200 * 1024 * 1024;

export type UploadProblem =
  | "EMPTY"
  | "TOO_LARGE"
  | "NOT_ALLOWED"
  | "LEGACY_DOC"
  | "MACRO"
  | "ACTIVE_CONTENT"
  | "EXTERNAL_LINK"
  | "BROKEN_DOCX"
  | "ZIP_BOMB"
  | "ENCRYPTED_PDF"
  | "ACTIVE_PDF"
  | "BROKEN_PDF"
  | "CHECK_FAILED";

export const UPLOAD_MESSAGES: Record<UploadProblem, string> = {
  EMPTY: "文件为空，请重新选择",
  TOO_LARGE: "文件超过 20 MB，请压缩图片或拆分后上传",
  NOT_ALLOWED: "只接受 Word（.docx）或 PDF 文件；该文件的内容不是这两种格式（与文件扩展名无关）",
  LEGACY_DOC: "不接受旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后上传",
  MACRO: "不接受含宏的 Word 文件（.docm），请另存为不含宏的 .docx 后上传",
  ACTIVE_CONTENT: "不接受含 ActiveX 控件或嵌入 OLE 对象的 Word 文件，请删除这些对象后另存为 .docx 上传",
  EXTERNAL_LINK: "该 Word 文件会从外部地址加载内容（如远程模板），已拒绝；请去掉外部链接后另存为 .docx 上传",
  BROKEN_DOCX: "该 Word 文件已损坏或不是有效的 .docx 文件",
  ZIP_BOMB: "该文件解压后异常巨大，已拒绝（疑似压缩炸弹）",
  ENCRYPTED_PDF: "不接受加密的 PDF，请去除密码保护后上传",
  ACTIVE_PDF: "不接受含脚本、启动程序、嵌入文件或多媒体内容的 PDF，请用“打印为 PDF”重新生成后上传",
  BROKEN_PDF: "该 PDF 文件已损坏或不是有效的 PDF（例如改了扩展名的网页），已拒绝",
  CHECK_FAILED: "该文件无法在限定的时间和内存内完成安全检查，已拒绝；请重新导出或拆分后上传",
};

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
