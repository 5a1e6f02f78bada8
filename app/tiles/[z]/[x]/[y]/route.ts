import { tileConfig, tileUrl } from "@/lib/map/tiles";

// A 1×1 transparent PNG: what the map gets when the tile host cannot answer.
const BLANK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

function blank(): Response {
  return new Response(new Uint8Array(BLANK_PNG), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=60" },
  });
}

/**
 * Base-map tiles pass through the dashboard's own server, so a tile host that
 * is down, blocked or unreachable costs the reader a plain background and
 * nothing else: no broken images, no errors in the browser console.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ z: string; x: string; y: string }> }) {
  const config = tileConfig();
  const { z, x, y } = await params;
  const [zi, xi, yi] = [z, x, y.replace(/\.png$/, "")].map((v) => (/^\d{1,7}$/.test(v) ? Number(v) : NaN));
  if (!config || [zi, xi, yi].some(Number.isNaN) || zi > 22 || xi >= 2 ** zi || yi >= 2 ** zi) {
    return new Response("Not found", { status: 404 });
  }
  try {
    const upstream = await fetch(tileUrl(config.template, zi, xi, yi), { signal: AbortSignal.timeout(4000) });
    const type = upstream.headers.get("content-type") ?? "";
    if (!upstream.ok || !type.startsWith("image/")) return blank();
    return new Response(await upstream.arrayBuffer(), {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" },
    });
  } catch {
    return blank();
  }
}
