import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/uploads/check-upload";
import { hostileDocuments as h, fixtures } from "../helpers/fixture-files";

// Issue 15: what an outside attack got past the old checks (a directory reader that believed the sizes, a byte
// search for "/Encrypt", a name check for "word/vbaProject.bin"). Each is refused by the worker's parsers.
describe("hostile documents are refused by what they are, however they are spelled", () => {
  it.each([
    ["a .docx whose document.xml claims 4 KB and inflates to 1.1 GiB", h.docxLyingBomb, "ZIP_BOMB"],
    ["a .docx with a remote template (settings.xml.rels, TargetMode=External)", h.docxRemoteTemplate, "EXTERNAL_LINK"],
    ["the remote template spelled with character references and TargetMode=EXTERNAL", h.docxRemoteTemplateEscaped, "EXTERNAL_LINK"],
    ["a .docx with a picture linked from file://", h.docxExternalImage, "EXTERNAL_LINK"],
    ["a VBA project under word/vbaproject.bin with the vbaProject content type", h.docxVbaByContentType, "MACRO"],
    ["a VBA project as a .DAT part made code by a Default content type", h.docxVbaByDefault, "MACRO"],
    ["a VBA project reached by its relationship type", h.docxVbaRelationship, "MACRO"],
    ["an ActiveX control", h.docxActiveX, "ACTIVE_CONTENT"],
    ["an embedded OLE object", h.docxOleObject, "ACTIVE_CONTENT"],
    ["a DTD with entity expansion in [Content_Types].xml", h.docxDoctype, "BROKEN_DOCX"],
    ["a PDF with /OpenAction and /JavaScript", h.pdfOpenActionJs, "ACTIVE_PDF"],
    ["a PDF with /Java#53cript and /J#53", h.pdfJsEscaped, "ACTIVE_PDF"],
    ["an encrypted PDF whose key is written /Encr#79pt", h.pdfEncryptEscaped, "ENCRYPTED_PDF"],
    ["a PDF with a /Launch action", h.pdfLaunch, "ACTIVE_PDF"],
    ["a PDF carrying /Embedded#46iles", h.pdfEmbeddedFile, "ACTIVE_PDF"],
    ["a PDF with a RichMedia annotation", h.pdfRichMedia, "ACTIVE_PDF"],
    ["a PDF whose script hides in a compressed object stream", h.pdfJsInObjectStream, "ACTIVE_PDF"],
    ["a %PDF- header followed by HTML", h.pdfHtml, "BROKEN_PDF"],
  ])("%s", async (_name, make, problem) => {
    expect(await checkUpload(make())).toMatchObject({ ok: false, problem });
  });

  it("keeps accepting plain documents, a web hyperlink included", async () => {
    expect(await checkUpload(h.docxHyperlink())).toMatchObject({ ok: true, format: "docx" });
    expect(await checkUpload(fixtures.docx())).toMatchObject({ ok: true, format: "docx" });
    expect(await checkUpload(fixtures.pdf())).toMatchObject({ ok: true, format: "pdf" });
  });
});
