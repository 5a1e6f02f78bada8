import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Runs one of poppler-utils' tools (Debian's poppler-utils) on PDF bytes. */
function poppler(tool: string, bytes: Buffer, args: string[] = []): string {
  const file = path.join(os.tmpdir(), `sitrep-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The PDF's text, as a reader would select or search it. */
export const pdfText = (bytes: Buffer) => poppler("pdftotext", bytes, ["-layout"]);

/** The PDF's text in reading order, block by block: a sentence in one of several columns stays whole. */
export const pdfTextInReadingOrder = (bytes: Buffer) => poppler("pdftotext", bytes);

/** Every raster image in the PDF as "width×height"; a vector drawing has none. */
export const pdfRasters = (bytes: Buffer) =>
  poppler("pdfimages", bytes, ["-list"])
    .trim()
    .split("\n")
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map((cells) => `${cells[3]}×${cells[4]}`);

/** Each font's line from pdffonts (name, type, encoding, embedded, subset, unicode). */
export const pdfFonts = (bytes: Buffer) => poppler("pdffonts", bytes).trim().split("\n").slice(2);

/** pdfinfo's fields. */
export const pdfInfo = (bytes: Buffer) => poppler("pdfinfo", bytes);
