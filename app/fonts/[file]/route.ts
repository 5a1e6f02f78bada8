import fs from "node:fs/promises";
import path from "node:path";

// Serves Noto Sans from the npm package, for exports that embed the font in an
// SVG before rasterising it (an image cannot load fonts from elsewhere).
const ALLOWED = /^noto-sans-(latin|latin-ext|arabic-arabic)-(400|700)-normal\.woff2$/;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!ALLOWED.test(file)) return new Response("Not found", { status: 404 });
  const pkg = file.startsWith("noto-sans-arabic-") ? "noto-sans-arabic" : "noto-sans";
  const body = await fs.readFile(path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file)).catch(() => null);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
