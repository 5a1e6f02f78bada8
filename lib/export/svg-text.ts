import { xmlSafeText } from "@/lib/model/text-safety";

/** Escapes text for SVG/XML content and attributes, dropping what XML 1.0 cannot carry (text stored before that was refused). */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

// SVG has no line wrapping. Noto Sans averages about 0.55 em per character,
// which is close enough to wrap captions without measuring in a browser.
const AVERAGE_CHAR_WIDTH_EM = 0.55;

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(10, Math.floor(maxWidth / (fontSize * AVERAGE_CHAR_WIDTH_EM)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The width and height a standalone SVG declares on its root (our captioned SVGs always do). */
export function svgSize(svg: string): { width: number; height: number } {
  const [, width, height] = /<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/.exec(svg) ?? [];
  return { width: Number(width), height: Number(height) };
}
