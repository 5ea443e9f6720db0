import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/uploads/check-upload";
import { fixtures } from "../helpers/fixture-files";

describe("uploads are judged by content, not name (R9 attachments)", () => {
  it.each([
    ["a real .docx", fixtures.docx(), { ok: true, format: "docx" }],
    ["a real .pdf", fixtures.pdf(), { ok: true, format: "pdf" }],
    ["an .exe renamed .docx", fixtures.exe(), { ok: false, problem: "NOT_ALLOWED" }],
    ["a legacy .doc", fixtures.legacyDoc(), { ok: false, problem: "LEGACY_DOC" }],
    ["a .docm (macro content type)", fixtures.docm(), { ok: false, problem: "MACRO" }],
    ["a .docx carrying vbaProject.bin", fixtures.docxWithVba(), { ok: false, problem: "MACRO" }],
    ["a zip bomb", fixtures.zipBomb(), { ok: false, problem: "ZIP_BOMB" }],
    ["a zip that lies about its unpacked size", fixtures.lyingZip(), { ok: false, problem: "ZIP_BOMB" }],
    ["a zip that is not a Word document", fixtures.zipWithoutWord(), { ok: false, problem: "BROKEN_DOCX" }],
    ["an encrypted PDF", fixtures.encryptedPdf(), { ok: false, problem: "ENCRYPTED_PDF" }],
    ["a file over 20 MB", fixtures.oversized(), { ok: false, problem: "TOO_LARGE" }],
    ["an empty file", Buffer.alloc(0), { ok: false, problem: "EMPTY" }],
    ["a truncated zip", fixtures.docx().subarray(0, 60), { ok: false, problem: "BROKEN_DOCX" }],
  ])("%s", async (_name, bytes, expected) => {
    expect(await checkUpload(bytes)).toMatchObject(expected);
  });
});
