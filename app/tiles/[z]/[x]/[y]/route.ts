import { readCapped } from "@/lib/http/read-capped";
import { sniffTileImage } from "@/lib/map/tile-image";
import { tileConfig, tileUrl } from "@/lib/map/tiles";

// A 1×1 transparent PNG: what the map gets when the tile host cannot answer.
const BLANK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** A 256-pixel tile is tens of kilobytes; anything far larger is not one. */
const MAX_TILE_BYTES = 512 * 1024;

function blank(): Response {
  return new Response(new Uint8Array(BLANK_PNG), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=60" },
  });
}

/** The upstream's tile, only if it really is a PNG, JPEG or WebP of sane size reached without a redirect. */
async function fetchTile(url: string): Promise<Response> {
  const upstream = await fetch(url, { signal: AbortSignal.timeout(4000), redirect: "manual" });
  const declared = Number(upstream.headers.get("content-length") ?? 0);
  if (upstream.status !== 200 || declared > MAX_TILE_BYTES) {
    await upstream.body?.cancel();
    return blank();
  }
  const bytes = await readCapped(upstream.body, MAX_TILE_BYTES);
  const type = bytes && sniffTileImage(bytes);
  if (!bytes || !type) return blank();
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * Base-map tiles pass through the dashboard's own server, so a tile host that
 * is down, blocked, unreachable or misbehaving costs the reader a plain
 * background and nothing else: no broken images, no errors in the browser
 * console, and nothing it sends runs on our origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ z: string; x: string; y: string }> }) {
  const config = tileConfig();
  const { z, x, y } = await params;
  const [zi, xi, yi] = [z, x, y.replace(/\.png$/, "")].map((v) => (/^\d{1,7}$/.test(v) ? Number(v) : NaN));
  if (!config || [zi, xi, yi].some(Number.isNaN) || zi > 22 || xi >= 2 ** zi || yi >= 2 ** zi) {
    return new Response("Not found", { status: 404 });
  }
  try {
    return await fetchTile(tileUrl(config.template, zi, xi, yi));
  } catch {
    return blank();
  }
}
