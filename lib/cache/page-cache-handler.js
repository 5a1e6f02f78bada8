// @ts-check
/**
 * Next.js's cache for rendered pages (next.config.js `cacheHandler`), built
 * for Sitrep's data version. Plain CommonJS: Next loads it by path, outside
 * the app's bundles. See lib/cache/README.md.
 *
 * - Every entry is stamped with the data version its page was rendered from
 *   (the page writes it in <meta name="sitrep-data-version">). An entry older
 *   than the newest version this process knows is a miss, so no page is served
 *   stale after a write, on this server or, once PostgreSQL tells it, another.
 * - Every cached page gets a Content-Security-Policy that allows exactly its
 *   own inline scripts by hash. Next applies a cached entry's headers to the
 *   response on a hit, and to the first render too, since it stores the entry
 *   before it answers: cached pages need neither 'unsafe-inline' nor nonces.
 * - Memory is bounded: least recently used entries go first.
 */
const { createHash } = require("node:crypto");
const { contentSecurityPolicy } = require("./content-security-policy.js");

const MAX_BYTES = Number(process.env.SITREP_PAGE_CACHE_MB || 128) * 1024 * 1024;
const VERSION_META = /<meta name="sitrep-data-version" content="(\d+)"/;
const EMBED_META = /<meta name="sitrep-embed"/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

const knownVersion = () => /** @type {{ sitrepDataVersion?: number }} */ (globalThis).sitrepDataVersion ?? 0;

/** @param {string} html */
function scriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash("sha256").update(match[1]).digest("base64")}'`);
  return [...hashes];
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 0;
  let size = 0;
  for (const part of [value.html, value.rscData, value.body, value.pageData]) {
    if (typeof part === "string") size += part.length;
    else if (part && typeof part.byteLength === "number") size += part.byteLength;
  }
  return size + 1024;
}

/** @type {Map<string, { value: any; lastModified: number; version: number; tags: string[]; size: number }>} */
const entries = new Map();
let totalBytes = 0;

module.exports = class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.version < knownVersion()) {
      this.#delete(key);
      return null;
    }
    // Most recently used last, so eviction takes the first.
    entries.delete(key);
    entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ tags?: string[] }} [ctx]
   */
  async set(key, data, ctx) {
    this.#delete(key);
    if (!data) return;
    let version = knownVersion();
    if (data.kind === "APP_PAGE" && typeof data.html === "string") {
      const stamped = VERSION_META.exec(data.html);
      if (stamped) version = Number(stamped[1]);
      // The same headers object goes out with this very response (see the comment at the top).
      data.headers = data.headers || {};
      data.headers["content-security-policy"] = contentSecurityPolicy({ scripts: scriptHashes(data.html), embed: EMBED_META.test(data.html) });
      // Revalidated on every use (Next answers 304 by its ETag), so after a write no shared cache keeps the
      // old page. Set here, not in the proxy: Next copies a proxy's response headers onto the request too,
      // and a request that says "no-cache" never gets a 304.
      data.headers["cache-control"] = "public, no-cache";
      // A 404 gets its headers (above) but no place in the cache: its address is whatever a client typed, and
      // random addresses must not push real pages out.
      if (data.status === 404) return;
    }
    const entry = { value: data, lastModified: Date.now(), version, tags: ctx?.tags ?? [], size: sizeOf(data) };
    entries.set(key, entry);
    totalBytes += entry.size;
    for (const [oldest] of entries) {
      if (totalBytes <= MAX_BYTES) break;
      this.#delete(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) this.#delete(key);
  }

  resetRequestCache() {}

  /** @param {string} key */
  #delete(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.size;
  }
};
