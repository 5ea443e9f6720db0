// A PDF reader for the upload check (runs inside the inspection worker). Not a byte search: the file is parsed
// as PDF syntax (ISO 32000-1 §7.2-7.5: comments, strings, hex strings, names with their #xx escapes resolved,
// dictionaries, arrays, indirect objects, streams, the xref table and trailer), object streams are inflated
// within a budget and parsed the same way, and every name is compared decoded: "/Encr#79pt" is /Encrypt and
// "/Java#53cript" is /JavaScript. Anything that is not PDF syntax at the top level (e.g. HTML after a
// "%PDF-" header) is refused rather than guessed at.
import zlib from "node:zlib";

// Names that make a document act rather than show: scripts, launching programs, files carried inside, Flash/3D.
const ACTIVE_NAMES = new Set(["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "RichMediaExecute", "GoToE", "XFA"]);
const MAX_DEPTH = 64;
const MAX_TOKENS = 5_000_000;
const MAX_INFLATED = 64 * 1024 * 1024;

class Refused extends Error {
  constructor(problem, detail) {
    super(problem);
    this.problem = problem;
    this.detail = detail;
  }
}

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (c) => !WS.has(c) && !DELIM.has(c);
const hexVal = (c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

class Lexer {
  constructor(buf, state) {
    this.buf = buf;
    this.pos = 0;
    this.state = state;
  }

  skipSpace() {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (WS.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** The next token: { t: "name"|"str"|"num"|"kw"|"<<"|">>"|"["|"]"|"eof", v } */
  next() {
    if (++this.state.tokens > MAX_TOKENS) throw new Refused("TOO_COMPLEX");
    this.skipSpace();
    const b = this.buf;
    if (this.pos >= b.length) return { t: "eof" };
    const c = b[this.pos];
    if (c === 0x2f) return { t: "name", v: this.name() };
    if (c === 0x28) return { t: "str", v: this.literal() };
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return { t: "<<" };
      }
      return { t: "str", v: this.hex() };
    }
    if (c === 0x3e) {
      if (b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { t: ">>" };
      }
      throw new Refused("NOT_PDF", "stray >");
    }
    if (c === 0x5b || c === 0x5d) {
      this.pos++;
      return { t: c === 0x5b ? "[" : "]" };
    }
    if (c === 0x29 || c === 0x7b || c === 0x7d) throw new Refused("NOT_PDF", `stray ${String.fromCharCode(c)}`);
    const start = this.pos;
    while (this.pos < b.length && isRegular(b[this.pos])) this.pos++;
    const word = b.subarray(start, this.pos).toString("latin1");
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { t: "num", v: Number(word) };
    return { t: "kw", v: word };
  }

  name() {
    const b = this.buf;
    this.pos++;
    const out = [];
    while (this.pos < b.length && isRegular(b[this.pos])) {
      const c = b[this.pos];
      if (c === 0x23 && this.pos + 2 < b.length + 1) {
        const h = hexVal(b[this.pos + 1]);
        const l = hexVal(b[this.pos + 2]);
        if (h >= 0 && l >= 0) {
          out.push(h * 16 + l);
          this.pos += 3;
          continue;
        }
      }
      out.push(c);
      this.pos++;
    }
    return Buffer.from(out).toString("latin1");
  }

  literal() {
    const b = this.buf;
    this.pos++;
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return "";
    }
    throw new Refused("NOT_PDF", "unterminated string");
  }

  hex() {
    const b = this.buf;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === 0x3e) return "";
      if (!WS.has(c) && hexVal(c) < 0) throw new Refused("NOT_PDF", "not a hex string");
    }
    throw new Refused("NOT_PDF", "unterminated hex string");
  }
}

function checkName(name) {
  if (name === "Encrypt") throw new Refused("ENCRYPTED_PDF");
  if (ACTIVE_NAMES.has(name)) throw new Refused("ACTIVE_PDF", name);
}

/** Reads one value whose first token is `tok`; dictionaries come back as Maps of decoded names. */
function value(lx, tok, depth) {
  if (depth > MAX_DEPTH) throw new Refused("TOO_COMPLEX");
  switch (tok.t) {
    case "name":
      checkName(tok.v);
      return { name: tok.v };
    case "str":
    case "num":
      return tok.v;
    case "kw":
      if (tok.v === "true" || tok.v === "false" || tok.v === "null" || tok.v === "R") return tok.v;
      throw new Refused("NOT_PDF", `keyword ${tok.v.slice(0, 20)}`);
    case "[": {
      const arr = [];
      for (;;) {
        const t = lx.next();
        if (t.t === "]") return arr;
        if (t.t === "eof") throw new Refused("NOT_PDF", "unterminated array");
        arr.push(value(lx, t, depth + 1));
      }
    }
    case "<<": {
      const dict = new Map();
      for (;;) {
        const k = lx.next();
        if (k.t === ">>") return dict;
        if (k.t !== "name") throw new Refused("NOT_PDF", "dictionary key");
        checkName(k.v);
        const v = lx.next();
        if (v.t === ">>") {
          dict.set(k.v, null);
          return dict;
        }
        let val = value(lx, v, depth + 1);
        // An indirect reference "12 0 R" reads as three values; keep the reference whole.
        if (typeof val === "number") {
          const save = lx.pos;
          const g = lx.next();
          const r = g.t === "num" ? lx.next() : null;
          if (g.t === "num" && r && r.t === "kw" && r.v === "R") val = { ref: val };
          else lx.pos = save;
        }
        dict.set(k.v, val);
      }
    }
    default:
      throw new Refused("NOT_PDF", `unexpected ${tok.t}`);
  }
}

/** Values until the end of the buffer (the objects inside an object stream). */
function allValues(lx) {
  for (;;) {
    const t = lx.next();
    if (t.t === "eof") return;
    value(lx, t, 0);
  }
}

const filtersOf = (dict) => {
  const f = dict.get("Filter");
  if (f === undefined || f === null) return [];
  return (Array.isArray(f) ? f : [f]).map((x) => (x && typeof x === "object" && "name" in x ? x.name : "?"));
};

function streamData(lx, dict) {
  const b = lx.buf;
  // "stream" is followed by CRLF or LF, then the data.
  if (b[lx.pos] === 0x0d) lx.pos++;
  if (b[lx.pos] === 0x0a) lx.pos++;
  const start = lx.pos;
  const length = dict.get("Length");
  let end = -1;
  if (typeof length === "number" && length >= 0 && start + length <= b.length) {
    const after = b.subarray(start + length, start + length + 32).toString("latin1");
    if (/^\s*endstream/.test(after)) end = start + length;
  }
  if (end < 0) {
    end = b.indexOf("endstream", start, "latin1");
    if (end < 0) throw new Refused("NOT_PDF", "unterminated stream");
  }
  lx.pos = b.indexOf("endstream", end, "latin1") + "endstream".length;
  return b.subarray(start, end);
}

/** Objects packed in an object stream (PDF 1.5) are parsed like the rest; only Flate is accepted there. */
function objectStream(data, dict, state) {
  const filters = filtersOf(dict);
  if (filters.some((f) => f !== "FlateDecode" && f !== "Fl") || filters.length > 1 || dict.has("DecodeParms"))
    throw new Refused("UNREADABLE_PDF", filters.join(","));
  let inner = data;
  if (filters.length) {
    try {
      inner = zlib.inflateSync(data, { maxOutputLength: MAX_INFLATED - state.inflated + 1 });
    } catch {
      throw new Refused("UNREADABLE_PDF", "object stream");
    }
  }
  state.inflated += inner.length;
  if (state.inflated > MAX_INFLATED) throw new Refused("TOO_COMPLEX");
  allValues(new Lexer(inner, state));
}

/**
 * @param {Buffer} bytes
 * @returns {{ ok: true } | { ok: false, problem: "ENCRYPTED_PDF" | "ACTIVE_PDF" | "NOT_PDF" | "UNREADABLE_PDF" | "TOO_COMPLEX", detail?: string }}
 */
export function checkPdf(bytes) {
  const state = { tokens: 0, inflated: 0 };
  try {
    if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString("latin1"))) throw new Refused("NOT_PDF", "header");
    if (!bytes.subarray(Math.max(0, bytes.length - 4096)).includes("%%EOF")) throw new Refused("NOT_PDF", "no %%EOF");
    const lx = new Lexer(bytes, state);
    let objects = 0;
    for (;;) {
      const t = lx.next();
      if (t.t === "eof") break;
      if (t.t === "kw" && t.v === "xref") {
        // The table: subsection headers and 20-byte entries "nnnnnnnnnn ggggg n|f", up to "trailer".
        for (;;) {
          const x = lx.next();
          if (x.t === "num" || (x.t === "kw" && (x.v === "n" || x.v === "f"))) continue;
          if (x.t === "kw" && x.v === "trailer") break;
          throw new Refused("NOT_PDF", "xref table");
        }
        const tr = lx.next();
        if (tr.t !== "<<") throw new Refused("NOT_PDF", "trailer");
        value(lx, tr, 0);
        continue;
      }
      if (t.t === "kw" && t.v === "trailer") {
        value(lx, lx.next(), 0);
        continue;
      }
      if (t.t === "kw" && t.v === "startxref") {
        if (lx.next().t !== "num") throw new Refused("NOT_PDF", "startxref");
        continue;
      }
      // "n g obj <value> [stream … endstream] endobj"
      const g = lx.next();
      const o = lx.next();
      if (t.t !== "num" || g.t !== "num" || o.t !== "kw" || o.v !== "obj") throw new Refused("NOT_PDF", "object header");
      objects++;
      const first = lx.next();
      let v = first.t === "kw" && first.v === "endobj" ? null : value(lx, first, 0);
      let end = first.t === "kw" && first.v === "endobj" ? first : lx.next();
      // "n g obj 12 0 R endobj" and similar: numbers after the value belong to it.
      while (end.t === "num" || (end.t === "kw" && end.v === "R")) end = lx.next();
      if (end.t === "kw" && end.v === "stream") {
        if (!(v instanceof Map)) throw new Refused("NOT_PDF", "stream without dictionary");
        const data = streamData(lx, v);
        const type = v.get("Type");
        if (type && typeof type === "object" && type.name === "ObjStm") objectStream(data, v, state);
        end = lx.next();
      }
      if (end.t !== "kw" || end.v !== "endobj") throw new Refused("NOT_PDF", "endobj");
      v = null;
    }
    if (objects === 0) throw new Refused("NOT_PDF", "no objects");
    return { ok: true };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, problem: err.problem, detail: err.detail };
    return { ok: false, problem: "UNREADABLE_PDF", detail: String(err && err.message).slice(0, 100) };
  }
}
