/**
 * What a request says about where it comes from. Functions of the headers,
 * so route handlers (Request) and server actions (next/headers) share them.
 */

const shared = globalThis as unknown as { sitrepPeerAddressHeader?: string };

/**
 * The header the server writes each connection's own address into, over
 * whatever a client sent. Its name is random per process: a request the
 * stamping missed (another kind of server, a custom one) then has no such
 * header, rather than one a client could have sent under a known name.
 */
export function peerAddressHeader(): string {
  shared.sitrepPeerAddressHeader ??= `x-sitrep-peer-${crypto.randomUUID()}`;
  return shared.sitrepPeerAddressHeader;
}

/**
 * How many proxies in front of Sitrep append to X-Forwarded-For (TRUST_PROXY_HOPS,
 * default 0). With none, the header is the client's to write and is ignored.
 */
function trustedProxyHops(): number {
  const hops = Number(process.env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address. Directly connected, the connection's own (stamped by
 * lib/http/peer-address.ts, so a client cannot choose it); behind N trusted
 * proxies, the X-Forwarded-For entry N from the right: the address the
 * outermost trusted proxy saw connect, the last one a client cannot forge.
 */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(peerAddressHeader()) ?? "unknown";
  const hops = trustedProxyHops();
  if (hops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  // Fewer entries than trusted proxies: the chain is not what was configured, and the connection is all we know.
  return forwarded.length >= hops ? (forwarded.at(-hops) as string) : peer;
}

/** Whether the site is reached over HTTPS (directly or behind a proxy that says so): cookies are then Secure. */
export function isHttps(headers: Headers, url: string): boolean {
  return headers.get("x-forwarded-proto") === "https" || url.startsWith("https:");
}

/**
 * Whether a write comes from our own pages. Browsers send Origin on every
 * POST, PATCH and DELETE, and Sec-Fetch-Site with it; a script with a token
 * sends neither, and needs no such check (no cookie rides along).
 */
export function originCheck(headers: Headers, url?: string): "same-origin" | "cross-origin" | "no-origin" {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return "cross-origin";
  const origin = headers.get("origin");
  if (!origin) return site ? "same-origin" : "no-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "cross-origin";
  }
  // The request's own address is built from Host; behind a proxy, X-Forwarded-Host names the public one.
  const ours = [headers.get("x-forwarded-host"), headers.get("host"), url ? new URL(url).host : null].filter(Boolean);
  return ours.includes(host) ? "same-origin" : "cross-origin";
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}
