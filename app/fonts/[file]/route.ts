import fs from "node:fs/promises";
import path from "node:path";
import { SIGNS_FONT_FILE } from "@/lib/fonts/embedded-fonts";

// Serves Noto Sans from the npm package, for exports that embed the font in an
// SVG before rasterising it (an image cannot load fonts from elsewhere).
const ALLOWED = /^noto-sans-(latin|latin-ext|arabic-arabic)-(400|700)-normal\.woff2$/;

function fontPath(file: string): string | null {
  // The qualifier signs, a subset kept in the repository (lib/fonts/README.md).
  if (file === SIGNS_FONT_FILE) return path.join(process.cwd(), "lib", "fonts", file);
  if (!ALLOWED.test(file)) return null;
  const pkg = file.startsWith("noto-sans-arabic-") ? "noto-sans-arabic" : "noto-sans";
  return path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const where = fontPath((await params).file);
  if (!where) return new Response("Not found", { status: 404 });
  const body = await fs.readFile(where).catch(() => null);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
