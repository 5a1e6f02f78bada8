import { createHash } from "node:crypto";

/**
 * Reads are revalidated on every use (no-cache) and answered with 304 while
 * the data version stands: after a write nobody keeps a stale copy, and an
 * unchanged one costs a header on a slow connection.
 */
const CACHE_CONTROL = "public, no-cache";

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

/** The ETag of a read: its data version and what was asked, never a hash of the body on each request. */
export function versionEtag(version: number, requestKey: string, tag?: string): string {
  return `"${tag ? `${tag}.` : ""}v${version}-${createHash("sha1").update(requestKey).digest("base64url").slice(0, 16)}"`;
}

/** The key of a read request: path and query in a stable order. */
export function requestKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams}`;
}

interface CachedBody {
  /** Encoded once: a 100-claim page is about 90 kB, and encoding it per request showed in the load test. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** The serialized bodies of the current version's reads, the least recently used dropped first. */
const bodies = new Map<string, CachedBody>();
const encoder = new TextEncoder();
const MAX_BODIES = 500;

/**
 * A read answered from bodies built once per data version: 304 when the
 * client holds this version already, else the stored body. (Next compresses
 * it per request: it drops a route's own Content-Encoding, so a body
 * compressed once per version cannot be sent.)
 */
export function versionedResponse(
  request: Request,
  version: number,
  contentType: string,
  build: () => string,
  extraHeaders: Record<string, string> = {},
  tag?: string,
): Response {
  const key = requestKey(request);
  const cacheKey = `${version}|${tag ?? ""}|${key}`;
  let cached = bodies.get(cacheKey);
  if (cached) bodies.delete(cacheKey);
  else cached = { body: encoder.encode(build()), etag: versionEtag(version, key, tag) };
  bodies.set(cacheKey, cached);
  for (const [oldest] of bodies) {
    if (bodies.size <= MAX_BODIES) break;
    bodies.delete(oldest);
  }
  const headers = { ETag: cached.etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...extraHeaders };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), cached.etag)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** `tag`, when given, leads the ETag: a figure's own version, which If-Match on an edit compares. */
export function versionedJson(request: Request, version: number, build: () => unknown, tag?: string): Response {
  return versionedResponse(request, version, "application/json; charset=utf-8", () => JSON.stringify(build()), {}, tag);
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A large read (a full CSV export) streamed in pieces, with the same ETag and 304 as any read. */
export function versionedStream(
  request: Request,
  version: number,
  contentType: string,
  chunks: () => Iterable<string>,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = versionEtag(version, requestKey(request));
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...extraHeaders };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const encoder = new TextEncoder();
  let iterator: Iterator<string> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      iterator ??= chunks()[Symbol.iterator]();
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}
