// Zip reading for the upload checks (runs inside the inspection worker, lib/uploads/inspect/worker.mjs).
// The central directory is read strictly, and every entry can be inflated with a hard ceiling: an archive
// is believed only as far as its bytes really inflate (a 1 MB file whose directory claims 4 KB for an entry
// that inflates to 1 GiB stops at 4 KB + 1 byte).
import zlib from "node:zlib";

/**
 * @typedef {{ name: string, lower: string, method: number, flags: number, compressedSize: number, uncompressedSize: number, localHeaderOffset: number }} ZipEntry
 */

/** The entries of a plain (non-ZIP64, single-disk, unencrypted) archive, or null for anything else. */
export function readZipDirectory(buf, maxEntries = 5000) {
  if (buf.length < 22) return null;
  const EOCD = 0x06054b50;
  const start = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= start; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || count > maxEntries || offset + size > eocd) return null;
  /** @type {ZipEntry[]} */
  const entries = [];
  const seen = new Set();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(offset + 28);
    const extraLen = buf.readUInt16LE(offset + 30);
    const commentLen = buf.readUInt16LE(offset + 32);
    const name = buf.subarray(offset + 46, offset + 46 + nameLen).toString("utf8");
    const entry = {
      name,
      // Part names in a package are case-insensitive (ECMA-376 part 2, 6.2.2.3): "word/vbaproject.bin" is the
      // same part as "word/vbaProject.bin", and two entries differing only in case make the package ambiguous.
      lower: name.toLowerCase(),
      flags: buf.readUInt16LE(offset + 8),
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
    };
    if (seen.has(entry.lower)) return null;
    seen.add(entry.lower);
    if (entry.flags & 0x1) return null; // encrypted entry
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) return null;
    entries.push(entry);
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header (whose name must agree with the directory). */
function entryData(buf, entry) {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const nameLen = buf.readUInt16LE(at + 26);
  const localName = buf.subarray(at + 30, at + 30 + nameLen).toString("utf8");
  if (localName !== entry.name) return null;
  const dataStart = at + 30 + nameLen + buf.readUInt16LE(at + 28);
  if (dataStart + entry.compressedSize > buf.length) return null;
  return buf.subarray(dataStart, dataStart + entry.compressedSize);
}

/**
 * Inflates one entry without ever producing more than `ceiling` bytes. Returns { size, bytes? } (bytes only when
 * `keep`), "OVER" when the entry inflates past the ceiling, or null when it is broken. Chunks are counted and
 * dropped as they come, so a part that is only measured costs no memory.
 * @returns {Promise<{ size: number, bytes?: Buffer } | "OVER" | null>}
 */
export function inflateEntry(buf, entry, ceiling, keep) {
  const data = entryData(buf, entry);
  if (!data) return Promise.resolve(null);
  if (entry.method === 0) {
    if (data.length > ceiling) return Promise.resolve("OVER");
    return Promise.resolve({ size: data.length, bytes: keep ? Buffer.from(data) : undefined });
  }
  if (entry.method !== 8) return Promise.resolve(null);
  return new Promise((resolve) => {
    const inflater = zlib.createInflateRaw();
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    const done = (result) => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners("data");
      inflater.destroy();
      resolve(result);
    };
    inflater.on("data", (chunk) => {
      size += chunk.length;
      if (size > ceiling) return done("OVER");
      if (keep) chunks.push(chunk);
    });
    inflater.on("error", () => done(null));
    inflater.on("end", () => done({ size, bytes: keep ? Buffer.concat(chunks) : undefined }));
    inflater.end(data);
  });
}
