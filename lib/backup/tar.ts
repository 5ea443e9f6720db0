// A minimal POSIX ustar writer and reader, enough for the backup archive (regular files only, names
// under 100 bytes), so a backup opens with any tar: `tar -tzvf backup.tar.gz`. Streams, so a large
// database dump never has to fit in memory.
import { text } from "../i18n/text";
import { BackupError } from "./errors";

const BLOCK = 512;
const MAX_SIZE = 8 ** 11 - 1; // eleven octal digits

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes, in order; exactly `size` of them. */
  body: AsyncIterable<Buffer>;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function header(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) >= 100) throw new Error(`tar entry name too long: ${name}`);
  if (size > MAX_SIZE) throw new Error(`tar entry too large: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, "utf8");
  h.write(octal(0o600, 8), 100, "ascii");
  h.write(octal(0, 8), 108, "ascii");
  h.write(octal(0, 8), 116, "ascii");
  h.write(octal(size, 12), 124, "ascii");
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, "ascii");
  h.write("        ", 148, "ascii");
  h.write("0", 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(octal(checksum(h), 7) + " ", 148, "ascii");
  return h;
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The archive as a stream of blocks: each entry's header, its bytes, padding, then the end marker. */
export async function* writeTar(entries: AsyncIterable<TarEntry> | Iterable<TarEntry>, mtime = new Date()): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    yield header(entry.name, entry.size, mtime);
    let written = 0;
    for await (const chunk of entry.body) {
      written += chunk.length;
      if (written > entry.size) throw new Error(`tar entry ${entry.name} grew while being written`);
      yield chunk;
    }
    if (written !== entry.size) throw new Error(`tar entry ${entry.name} changed size while being written`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Pulls exact byte counts out of a chunked stream. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private readonly source: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]();
  }
  private async fill(n: number): Promise<boolean> {
    while (this.length < n) {
      const next = await this.source.next();
      if (next.done) return false;
      this.buffered.push(next.value);
      this.length += next.value.length;
    }
    return true;
  }
  /** Up to `max` bytes (at least one), or null at the end of the stream. */
  async some(max: number): Promise<Buffer | null> {
    if (!(await this.fill(1))) return null;
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    const out = all.subarray(0, max);
    const rest = all.subarray(out.length);
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }
  async exactly(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      const part = await this.some(n - got);
      if (!part) throw truncated();
      parts.push(part);
      got += part.length;
    }
    return Buffer.concat(parts);
  }
}

const truncated = () => new BackupError(text("console.archive.truncated"));
const corrupt = (detail: string) => new BackupError(text("console.archive.corrupt", { detail }));

function parseHeader(block: Buffer): { name: string; size: number; type: string } {
  const stored = parseInt(block.toString("ascii", 148, 156).replace(/\0.*$/, "").trim(), 8);
  if (stored !== checksum(block)) throw corrupt(text("console.archive.headerChecksum"));
  if (block.toString("ascii", 257, 262) !== "ustar") throw corrupt(text("console.archive.notUstar"));
  const name = block.toString("utf8", 0, 100).replace(/\0.*$/s, "");
  const size = parseInt(block.toString("ascii", 124, 136).replace(/\0.*$/, "").trim(), 8);
  if (!Number.isSafeInteger(size) || size < 0) throw corrupt(text("console.archive.badSize", { name }));
  return { name, size, type: block.toString("ascii", 156, 157) };
}

/**
 * The archive's regular-file entries in order. Each entry's body must be read to its end (or left
 * alone: the rest is skipped) before the next entry is requested. Anything but a clean end marker
 * followed by zero padding is refused as truncated or corrupt.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source);
  for (;;) {
    const block = await reader.exactly(BLOCK);
    if (block.every((b) => b === 0)) {
      const second = await reader.exactly(BLOCK);
      if (!second.every((b) => b === 0)) throw corrupt(text("console.archive.endMarker"));
      // Read to the very end, so the gzip layer checks its length and CRC; only zero padding may follow.
      for (let rest = await reader.some(1 << 20); rest; rest = await reader.some(1 << 20)) {
        if (!rest.every((b) => b === 0)) throw corrupt(text("console.archive.trailingData"));
      }
      return;
    }
    const { name, size, type } = parseHeader(block);
    if (type !== "0" && type !== "\0") throw corrupt(text("console.archive.notRegularFile", { name }));
    let remaining = size;
    async function* body(): AsyncGenerator<Buffer> {
      while (remaining > 0) {
        const part = await reader.some(Math.min(remaining, 1 << 20));
        if (!part) throw truncated();
        remaining -= part.length;
        yield part;
      }
    }
    yield { name, size, body: body() };
    while (remaining > 0) {
      const part = await reader.some(Math.min(remaining, 1 << 20));
      if (!part) throw truncated();
      remaining -= part.length;
    }
    await reader.exactly(padding(size).length);
  }
}
