import { createHash } from "node:crypto";

// Staff watch these figures change: a short max-age keeps them fresh, the
// ETag makes the revalidation cheap on a slow connection.
const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=300";

function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so a proxy that
 * compressed the body and sent back W/"…" still gets its 304; "*" matches any.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaqueTag(tag) === opaqueTag(etag));
}

/** A read response with an ETag; answers 304 when the client already has this body. */
export function cachedResponse(request: Request, body: string, contentType: string, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...extraHeaders };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
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
