import { escapeXml, wrapText } from "./svg-text";

export interface CaptionedSvgInput {
  width: number;
  title: string;
  subtitle?: string;
  /** SVG markup drawn in a box of `width - 2*margin` by `bodyHeight`, origin at its top-left. */
  body: string;
  bodyHeight: number;
  /** Colour keys drawn under the body, so an exported chart says which colour is which source. */
  legend?: { colour: string; label: string }[];
  /** Caption paragraphs under the body: sources line, notes, date, disclaimer, licence. */
  footer: string[];
  /** Optional @font-face CSS with embedded fonts, so a rasterised copy looks the same everywhere. */
  fontFaceCss?: string;
  /** "rtl" for Arabic: the caption reads from the right, and the legend starts there. */
  direction?: "ltr" | "rtl";
}

const MARGIN = 24;
const FONT = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";

/**
 * A standalone, captioned SVG: title, chart or map, and the caption that says
 * what it shows, who counted, and when. Text stays text.
 *
 *   ┌──────────────────────────────┐
 *   │ Title                        │
 *   │ Subtitle                     │
 *   │ ┌──────────── body ────────┐ │
 *   │ └──────────────────────────┘ │
 *   │ Sources: …  Notes: …  Date … │
 *   └──────────────────────────────┘
 */
export function captionedSvg({ width, title, subtitle, body, bodyHeight, legend = [], footer, fontFaceCss, direction = "ltr" }: CaptionedSvgInput): string {
  const inner = width - 2 * MARGIN;
  // Right to left, each line starts at the right margin (text-anchor "start" follows the direction).
  const rtl = direction === "rtl";
  const lineX = rtl ? width - MARGIN : MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  for (const line of wrapText(title, inner, 22)) {
    y += 26;
    parts.push(`<text x="${lineX}" y="${y}" font-size="22" font-weight="700">${escapeXml(line)}</text>`);
  }
  if (subtitle) {
    for (const line of wrapText(subtitle, inner, 14)) {
      y += 20;
      parts.push(`<text x="${lineX}" y="${y}" font-size="14" fill="#4a5360">${escapeXml(line)}</text>`);
    }
  }
  y += 14;
  parts.push(`<g transform="translate(${MARGIN},${y})">${body}</g>`);
  y += bodyHeight + 10;
  let x = MARGIN;
  if (legend.length) y += 18;
  for (const { colour, label } of legend) {
    const itemWidth = 22 + label.length * 12 * 0.55 + 16;
    if (x + itemWidth > width - MARGIN && x > MARGIN) {
      x = MARGIN;
      y += 20;
    }
    const swatchX = rtl ? width - x - 14 : x;
    parts.push(`<rect x="${swatchX}" y="${y - 11}" width="14" height="14" fill="${escapeXml(colour)}"/>`);
    parts.push(`<text x="${rtl ? swatchX - 6 : x + 20}" y="${y}" font-size="12">${escapeXml(label)}</text>`);
    x += itemWidth;
  }
  if (legend.length) y += 6;
  for (const paragraph of footer) {
    for (const line of wrapText(paragraph, inner, 12)) {
      y += 17;
      parts.push(`<text x="${lineX}" y="${y}" font-size="12" fill="#1b1f24">${escapeXml(line)}</text>`);
    }
    y += 4;
  }
  const height = Math.ceil(y + MARGIN);
  const style = `${fontFaceCss ?? ""} text { font-family: ${FONT}; }`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}"${rtl ? ' direction="rtl"' : ""}>`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${style}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
