/**
 * What a request says about where it comes from. Functions of the headers,
 * so route handlers (Request) and server actions (next/headers) share them.
 */

/**
 * The client's address: the last entry of X-Forwarded-For, which Next (or the
 * proxy in front of it) appends, so a client cannot choose it by sending its own.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
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
