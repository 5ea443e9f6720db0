import "server-only";
import { attachmentResponse, docxResponse } from "../../http/responses";
import { logError } from "../../log";
import { PDF_FAILURE_MESSAGE, PdfConversionError } from "./converter";
import { pdfConverter } from "./index";

export interface GeneratedFile {
  bytes: Buffer;
  /** Ends in .docx; the PDF takes the same name with .pdf. */
  fileName: string;
  /** What the document was built from (sha256): the PDF cache key, as the .docx bytes carry a timestamp. */
  key?: string;
}

/**
 * A generated document as .docx, or as PDF when the link asks `?format=pdf`. A PDF that cannot be
 * made answers 503 with a Chinese explanation that the .docx is still there; nothing is lost.
 */
export async function generatedResponse(req: Request, file: GeneratedFile): Promise<Response> {
  if (new URL(req.url).searchParams.get("format") !== "pdf") return docxResponse(file);
  try {
    const pdf = await pdfConverter().convert(file.bytes, file.key);
    return attachmentResponse(pdf, file.fileName.replace(/\.docx$/i, "") + ".pdf", "application/pdf");
  } catch (err) {
    if (!(err instanceof PdfConversionError)) throw err;
    if (err.reason === "FAILED" || err.reason === "TIMEOUT") logError("PDF conversion failed", err);
    return new Response(PDF_FAILURE_MESSAGE[err.reason], {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Retry-After": "30" },
    });
  }
}
