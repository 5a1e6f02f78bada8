import { ARABIC_RANGE, SIGNS_FONT_FILE, SIGNS_RANGE } from "@/lib/fonts/embedded-fonts";
import { withPrintResolution } from "./png-resolution";
import { svgSize } from "./svg-text";

// Arabic under the same family name, for its script only: Arabic pages export Arabic captions, shaped and joined.
const FONT_FILES = [
  { file: "noto-sans-latin-400-normal.woff2", weight: 400, range: "" },
  { file: "noto-sans-latin-700-normal.woff2", weight: 700, range: "" },
  { file: "noto-sans-arabic-arabic-400-normal.woff2", weight: 400, range: ARABIC_RANGE },
  { file: "noto-sans-arabic-arabic-700-normal.woff2", weight: 700, range: ARABIC_RANGE },
  // "≥ 43": Noto Sans has no such signs (lib/fonts/README.md).
  { file: SIGNS_FONT_FILE, weight: 400, range: SIGNS_RANGE },
  { file: SIGNS_FONT_FILE, weight: 700, range: SIGNS_RANGE },
];

async function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

let fontCss: Promise<string> | undefined;

/** @font-face rules with the fonts inlined: an SVG drawn as an image may not fetch anything. */
export function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    FONT_FILES.map(async ({ file, weight, range }) => {
      const response = await fetch(`/fonts/${file}`);
      const url = await toDataUrl(await response.blob());
      return `@font-face { font-family: 'Noto Sans'; font-weight: ${weight}; src: url(${url}) format('woff2');${range ? ` unicode-range: ${range};` : ""} }`;
    }),
  ).then((rules) => rules.join(" "));
  return fontCss;
}

/** A print-resolution picture: 3,000 px is 25.4 cm wide at 300 dpi. */
const PRINT_WIDTH_PX = 3000;

/** The SVG as a PNG PRINT_WIDTH_PX wide, whatever its own width, that says it is 300 dpi. */
export async function svgToPrintPng(svg: string): Promise<Blob> {
  const png = await svgToPng(svg, PRINT_WIDTH_PX / (svgSize(svg).width || 800));
  const bytes = withPrintResolution(new Uint8Array(await png.arrayBuffer()), 300);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" });
}

/** Draws an SVG string onto a canvas at `scale` times its size and returns a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return (await svgToPngWithSize(svg, scale)).png;
}

export async function svgToPngWithSize(svg: string, scale = 2): Promise<{ png: Blob; width: number; height: number }> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Canvas is not available");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
    return { png, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
