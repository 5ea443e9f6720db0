import { readZipDirectory, readZipEntry } from "./zip-directory";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// Declared total when unpacked, and the largest plausible compression ratio of a real document.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 200;

export type UploadProblem = "EMPTY" | "TOO_LARGE" | "NOT_ALLOWED" | "LEGACY_DOC" | "MACRO" | "BROKEN_DOCX" | "ZIP_BOMB" | "ENCRYPTED_PDF";

export const UPLOAD_MESSAGES: Record<UploadProblem, string> = {
  EMPTY: "文件为空，请重新选择",
  TOO_LARGE: "文件超过 20 MB，请压缩图片或拆分后上传",
  NOT_ALLOWED: "只接受 Word（.docx）或 PDF 文件；该文件的内容不是这两种格式（与文件扩展名无关）",
  LEGACY_DOC: "不接受旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后上传",
  MACRO: "不接受含宏的 Word 文件（.docm），请另存为不含宏的 .docx 后上传",
  BROKEN_DOCX: "该 Word 文件已损坏或不是有效的 .docx 文件",
  ZIP_BOMB: "该文件解压后异常巨大，已拒绝（疑似压缩炸弹）",
  ENCRYPTED_PDF: "不接受加密的 PDF，请去除密码保护后上传",
};

export type UploadCheck = { ok: true; format: "pdf" | "docx"; mimeType: string; extension: ".pdf" | ".docx" } | { ok: false; problem: UploadProblem };

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Judges a file by its content only: the name and the browser's type are never trusted. */
export function checkUpload(bytes: Buffer): UploadCheck {
  if (bytes.length === 0) return { ok: false, problem: "EMPTY" };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, problem: "TOO_LARGE" };
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    // The trailer of an encrypted PDF names an /Encrypt dictionary.
    if (bytes.includes("/Encrypt")) return { ok: false, problem: "ENCRYPTED_PDF" };
    return { ok: true, format: "pdf", mimeType: "application/pdf", extension: ".pdf" };
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return { ok: false, problem: "LEGACY_DOC" };
  if (bytes.readUInt32LE(0) !== 0x04034b50) return { ok: false, problem: "NOT_ALLOWED" };
  const entries = readZipDirectory(bytes);
  if (!entries) return { ok: false, problem: "BROKEN_DOCX" };
  const unpacked = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (unpacked > MAX_UNPACKED_BYTES || entries.some((e) => e.uncompressedSize > Math.max(1_000_000, e.compressedSize * MAX_RATIO))) {
    return { ok: false, problem: "ZIP_BOMB" };
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has("word/vbaProject.bin")) return { ok: false, problem: "MACRO" };
  const types = entries.find((e) => e.name === "[Content_Types].xml");
  if (!types || !names.has("word/document.xml")) return { ok: false, problem: "BROKEN_DOCX" };
  const xml = readZipEntry(bytes, types, 1_000_000);
  if (!xml) return { ok: false, problem: "BROKEN_DOCX" };
  const text = xml.toString("utf8");
  if (/macroEnabled/i.test(text)) return { ok: false, problem: "MACRO" };
  if (!text.includes("wordprocessingml.document.main+xml")) return { ok: false, problem: "BROKEN_DOCX" };
  return { ok: true, format: "docx", mimeType: DOCX_MIME, extension: ".docx" };
}
