import "server-only";
import { env } from "../../env";
import { createPdfConverter, type PdfConverter } from "./converter";

export { PDF_FAILURE_MESSAGE, PdfConversionError, sha256 } from "./converter";

let shared: PdfConverter | undefined;

/** The server's one converter: one conversion at a time beside the web server, a few waiting. */
export function pdfConverter(): PdfConverter {
  shared ??= createPdfConverter({ sofficePath: env().SOFFICE_PATH, timeoutMs: env().PDF_TIMEOUT_MS, concurrency: 1, maxQueued: 8 });
  return shared;
}

/** For pages: whether to offer PDF links beside the .docx ones. */
export function isPdfAvailable(): Promise<boolean> {
  return pdfConverter().available();
}
