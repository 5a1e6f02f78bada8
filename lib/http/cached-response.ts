import { createHash } from "node:crypto";

// Staff watch these figures change: a short max-age keeps them fresh, the
// ETag makes the revalidation cheap on a slow connection.
const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=300";

function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** A read response with an ETag; answers 304 when the client already has this body. */
export function cachedResponse(request: Request, body: string, contentType: string, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...extraHeaders };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function cachedJson(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), "application/json; charset=utf-8");
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}
