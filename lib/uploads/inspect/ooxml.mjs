// One check for every Office Open XML upload (.docx attachments, evidence and charters; the .xlsx member import).
// Runs inside the inspection worker. Every entry is really inflated with a hard ceiling (its declared size, within
// a total budget), whatever the central directory claims; [Content_Types].xml and every .rels part are read with
// a real XML parser (saxes: entities and character references decoded, so "&#x76;baProject" is vbaProject; DTDs
// refused) and parts are refused by content type and relationship type, case-insensitively.
import saxes from "saxes";
import { inflateEntry, readZipDirectory } from "./zip.mjs";

const MAX_XML_PART = 2 * 1024 * 1024;
const MAX_RATIO = 200;

// Content types of parts that carry code or foreign objects (ECMA-376, MS-OFFCRYPTO, MS-OVBA, MS-OI29500).
const MACRO_TYPE = /vbaproject|vbadata|macroenabled|macrosheet|intlmacrosheet|keymapcustomizations|ms-office\.vbaprojectsignature|ms-excel\.dialogsheet/i;
const ACTIVE_TYPE = /activex|oleobject|ms-office\.controlproperties|\.ms-ole|ms-excel\.controlproperties/i;
// Relationship types, by their last path segment (the namespace differs between transitional, strict and MS).
const MACRO_RELS = new Set([
  "vbaproject",
  "vbaprojectsignature",
  "wordvbadata",
  "keymapcustomizations",
  "attachedtoolbars",
  "xlmacrosheet",
  "xlintlmacrosheet",
  "dialogsheet",
]);
const ACTIVE_RELS = new Set(["activexcontrol", "activexcontrolbinary", "oleobject", "control", "ctrlprop"]);
const SAFE_EXTERNAL_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * Parses a small XML part and calls onElement(localName, attributes) for each element. Returns false for a
 * malformed part or one with a DTD (no entity tricks, no external entities).
 */
export function walkXml(text, onElement) {
  const parser = new saxes.SaxesParser({ xmlns: false });
  let ok = true;
  parser.on("error", () => {
    ok = false;
  });
  parser.on("doctype", () => {
    ok = false;
  });
  parser.on("opentag", (tag) => {
    if (!ok) return;
    const local = tag.name.includes(":") ? tag.name.slice(tag.name.indexOf(":") + 1) : tag.name;
    onElement(local, tag.attributes);
  });
  try {
    parser.write(text).close();
  } catch {
    return false;
  }
  return ok;
}

/** The attributes of the first element named `localName` in a part's opening text (a prefix is enough). */
export function firstElement(text, localName) {
  const parser = new saxes.SaxesParser({ xmlns: false });
  let found = null;
  parser.on("error", () => undefined);
  parser.on("opentag", (tag) => {
    const local = tag.name.includes(":") ? tag.name.slice(tag.name.indexOf(":") + 1) : tag.name;
    if (!found && local === localName) found = Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, typeof v === "string" ? v : v.value]));
  });
  try {
    parser.write(text);
  } catch {
    // A prefix ends mid-element; what was read before is enough.
  }
  return found;
}

const attr = (attrs, name) => {
  for (const [k, v] of Object.entries(attrs)) if (k.toLowerCase() === name) return typeof v === "string" ? v : v.value;
  return undefined;
};

/**
 * @param {Buffer} bytes
 * @param {{ mainPart: string, mainTypes: string[], budget: number, keep?: (lowerName: string) => boolean }} kind  the main
 *   part (e.g. "word/document.xml"), the content types it may have, the total bytes all entries may inflate to, and
 *   which other parts the caller wants back inflated (their size is the caller's to bound beforehand).
 * @returns {Promise<{ ok: true, entries: import("./zip.mjs").ZipEntry[], parts: Map<string, Buffer> } | { ok: false, problem: string, detail?: string }>}
 *   `parts` holds the inflated XML parts that were parsed (content types and relationships) and those asked for.
 */
export async function checkOoxml(bytes, kind) {
  const entries = readZipDirectory(bytes);
  if (!entries) return { ok: false, problem: "BROKEN" };
  const byName = new Map(entries.map((e) => [e.lower, e]));
  const types = byName.get("[content_types].xml");
  if (!types || !byName.has(kind.mainPart)) return { ok: false, problem: "NOT_PACKAGE" };
  // The directory's claims first (costless), then the real bytes.
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (declared > kind.budget || entries.some((e) => e.uncompressedSize > Math.max(1_000_000, e.compressedSize * MAX_RATIO))) {
    return { ok: false, problem: "ZIP_BOMB" };
  }
  // Parts named like code, whatever their declared type (a renamed vbaProject.bin is still one).
  for (const e of entries) {
    if (/(^|\/)vba[^/]*\.bin$|vbadata\.xml$/.test(e.lower)) return { ok: false, problem: "MACRO", detail: e.name };
    if (/(^|\/)activex\//.test(e.lower)) return { ok: false, problem: "ACTIVE_CONTENT", detail: e.name };
  }
  /** @type {Map<string, Buffer>} */
  const parts = new Map();
  let inflated = 0;
  for (const e of entries) {
    const parsed = e.lower === "[content_types].xml" || e.lower.endsWith(".rels");
    if (parsed && e.uncompressedSize > MAX_XML_PART) return { ok: false, problem: "ZIP_BOMB", detail: e.name };
    const keep = parsed || Boolean(kind.keep?.(e.lower));
    const ceiling = Math.min(e.uncompressedSize, kind.budget - inflated);
    const result = await inflateEntry(bytes, e, ceiling, keep);
    // More bytes than the directory declared: the archive lies about its sizes (how a bomb slips past a reader
    // that believes them).
    if (result === "OVER") return { ok: false, problem: "LYING_SIZE", detail: e.name };
    if (result === null || result.size !== e.uncompressedSize) return { ok: false, problem: "BROKEN", detail: e.name };
    inflated += result.size;
    if (keep && result.bytes) parts.set(e.lower, result.bytes);
  }

  // Content types: the Defaults by extension, the Overrides by part name (both case-insensitive).
  const defaults = new Map();
  const overrides = new Map();
  const typesOk = walkXml(parts.get("[content_types].xml").toString("utf8"), (name, a) => {
    const ct = (attr(a, "contenttype") ?? "").trim();
    if (name === "Default") defaults.set((attr(a, "extension") ?? "").toLowerCase(), ct);
    if (name === "Override") overrides.set((attr(a, "partname") ?? "").replace(/^\//, "").toLowerCase(), ct);
  });
  if (!typesOk) return { ok: false, problem: "BROKEN", detail: "[Content_Types].xml" };
  for (const ct of [...defaults.values(), ...overrides.values()]) {
    if (MACRO_TYPE.test(ct)) return { ok: false, problem: "MACRO", detail: ct };
    if (ACTIVE_TYPE.test(ct)) return { ok: false, problem: "ACTIVE_CONTENT", detail: ct };
  }
  const mainType = overrides.get(kind.mainPart) ?? defaults.get(kind.mainPart.split(".").pop());
  if (!mainType || !kind.mainTypes.includes(mainType.toLowerCase())) return { ok: false, problem: "NOT_PACKAGE" };

  // Relationships: no code, no foreign objects, and nothing fetched from elsewhere but a plain hyperlink.
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels")) continue;
    let problem = null;
    const ok = walkXml(xml.toString("utf8"), (el, a) => {
      if (problem || el !== "Relationship") return;
      const type = (attr(a, "type") ?? "").trim().toLowerCase();
      const last = type.slice(type.lastIndexOf("/") + 1);
      if (MACRO_RELS.has(last)) problem = { problem: "MACRO", detail: type };
      else if (ACTIVE_RELS.has(last)) problem = { problem: "ACTIVE_CONTENT", detail: type };
      else if ((attr(a, "targetmode") ?? "").trim().toLowerCase() === "external") {
        let scheme = "";
        try {
          scheme = new URL((attr(a, "target") ?? "").trim()).protocol.toLowerCase();
        } catch {
          scheme = "";
        }
        if (last !== "hyperlink" || !SAFE_EXTERNAL_SCHEMES.has(scheme))
          problem = { problem: "EXTERNAL_LINK", detail: `${type} ${attr(a, "target") ?? ""}`.slice(0, 200) };
      }
    });
    if (!ok) return { ok: false, problem: "BROKEN", detail: name };
    if (problem) return { ok: false, ...problem };
  }
  return { ok: true, entries, parts };
}
