// Renders generated documents the way a reader's office suite does (LibreOffice headless, through the
// portal's own converter) and reads the PDFs back with poppler: text per page (pdftotext -layout) and
// a PNG of every page under test-results/documents/ to look at.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPdfConverter, type SourceFile } from "@/lib/documents/pdf/converter";

export const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
export const OUT_DIR = path.resolve("test-results/documents");

/** Whether LibreOffice answers; the render tests skip (saying why) only when it does not. */
export function hasSoffice(): boolean {
  return spawnSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 30_000 }).status === 0;
}

/**
 * Whether LibreOffice Calc is installed beside Writer (libsclo.so next to soffice): the member
 * template (.xlsx) needs it; CI's libreoffice-writer-nogui alone does not bring it.
 */
export function hasCalc(): boolean {
  const found = spawnSync("sh", ["-c", `command -v "${SOFFICE}"`], { encoding: "utf8" }).stdout.trim();
  if (!found) return false;
  return fs.existsSync(path.join(path.dirname(fs.realpathSync(found)), "libsclo.so"));
}

export interface Rendered {
  name: string;
  pdf: string;
  /** pdftotext -layout, one string per page. */
  pages: string[];
  pngs: string[];
}

/** One LibreOffice start for all the files (a private profile, so parallel test files never collide). */
export async function renderAll(files: SourceFile[]): Promise<Map<string, Rendered>> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const converter = createPdfConverter({ sofficePath: SOFFICE, timeoutMs: 90_000 });
  const pdfs = await converter.convertMany(files);
  const out = new Map<string, Rendered>();
  for (const f of files) {
    const pdf = path.join(OUT_DIR, `${f.name}.pdf`);
    fs.writeFileSync(path.join(OUT_DIR, `${f.name}.${f.ext ?? "docx"}`), f.bytes);
    fs.writeFileSync(pdf, pdfs.get(f.name)!);
    for (const old of fs.readdirSync(OUT_DIR)) if (old.startsWith(`${f.name}-`) && old.endsWith(".png")) fs.rmSync(path.join(OUT_DIR, old));
    execFileSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(OUT_DIR, f.name)]);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = text.split("\f").slice(0, -1);
    const pngs = fs
      .readdirSync(OUT_DIR)
      .filter((p) => p.startsWith(`${f.name}-`) && p.endsWith(".png"))
      .sort();
    out.set(f.name, { name: f.name, pdf, pages, pngs });
  }
  return out;
}

/**
 * Width in grid cells: on the character grid every character takes one cell, a digit or a
 * half-width comma too; an ideographic space (between 第一条 and its text) is a character.
 */
export function cells(s: string): number {
  // pdftotext writes the ideographic space after 第一条 as an ordinary one: count it back.
  const text = s.trim().replace(/^(第[一二三四五六七八九十]+条)\s+/, "$1　");
  return [...text.replace(/[ \t\r\n]+/g, "")].length;
}

const PAGE_NO = /^\s*—\s*(\d+)\s*—\s*$/;

/** The body lines of a page: without blank lines and the page-number line. */
export function bodyLines(page: string): string[] {
  return page.split("\n").filter((l) => l.trim() && !PAGE_NO.test(l));
}

/** The page number and where it sits: its first column, and the width of the line's page. */
export function pageNumber(page: string): { no: number; column: number } | null {
  const line = page.split("\n").find((l) => PAGE_NO.test(l));
  if (!line) return null;
  return { no: Number(PAGE_NO.exec(line)![1]), column: line.search(/\S/) };
}

/**
 * Lines that are not the last of their paragraph: the next line on the page continues it (it starts
 * at the left margin, while a new paragraph is indented two characters). Each counts its indent.
 */
export function fullLines(page: string): { text: string; cells: number }[] {
  const lines = bodyLines(page);
  const out: { text: string; cells: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!;
    if (/^\s/.test(next)) continue;
    const line = lines[i]!;
    const indented = /^\s{2,}\S/.test(line);
    out.push({ text: line.trim(), cells: cells(line) + (indented ? 2 : 0) });
  }
  return out;
}
