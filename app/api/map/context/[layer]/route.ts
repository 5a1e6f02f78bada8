import { jsonError } from "@/lib/http/cached-response";
import { readRoute } from "@/lib/http/read-route";
import { contextLayer } from "@/lib/map/context-layers";
import { createHash } from "node:crypto";

const bodies = new Map<string, { body: string; etag: string }>();

/**
 * A context layer's shapes (data/context/<layer>.geojson) with their source
 * and licence, for the map to draw faintly. They change only with a deploy,
 * so the ETag is their content's and a browser keeps them a day.
 */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer } = await params;
  const shapes = contextLayer(layer);
  if (!shapes) return jsonError(404, `No context layer '${layer}'`);
  let cached = bodies.get(layer);
  if (!cached) {
    const body = JSON.stringify(shapes);
    cached = { body, etag: `"ctx-${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"` };
    bodies.set(layer, cached);
  }
  const headers = { "Content-Type": "application/geo+json; charset=utf-8", ETag: cached.etag, "Cache-Control": "public, max-age=86400" };
  if (request.headers.get("if-none-match") === cached.etag) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { headers });
});

