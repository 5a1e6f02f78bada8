import { convert } from "html-to-text";

/** A saved page larger than this is refused before it is read. */
export const MAX_DOCUMENT_FILE_BYTES = 5 * 1024 * 1024;

export class DocumentFileError extends Error {}

/** What a file is, by its first bytes and name: the browser's word for its type is not trusted. */
function kindOf(bytes: Uint8Array, name: string): "pdf" | "html" | "text" {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "pdf";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.slice(0, 512)).trimStart().toLowerCase();
  if (/\.html?$/i.test(name) || head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  return "text";
}

/**
 * The readable text of a saved report: a .txt as it is, a saved .html page
 * without its markup (html-to-text keeps paragraphs, drops scripts and
 * navigation images), a .pdf's text layer (unpdf, pdf.js without a browser).
 */
export async function documentText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.byteLength > MAX_DOCUMENT_FILE_BYTES) throw new DocumentFileError(`is larger than ${MAX_DOCUMENT_FILE_BYTES / 1024 / 1024} MB`);
  const kind = kindOf(bytes, name);
  if (kind === "pdf") {
    const { extractText, getDocumentProxy } = await import("unpdf");
    try {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
      if (!text.trim()) throw new DocumentFileError("is a PDF without a text layer (a scan): paste its text instead");
      return text;
    } catch (error) {
      if (error instanceof DocumentFileError) throw error;
      throw new DocumentFileError("is not a PDF that can be read");
    }
  }
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (kind === "text") return decoded;
  return convert(decoded, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
    ],
  });
}
