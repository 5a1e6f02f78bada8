/**
 * The public address of this deployment (SITE_URL, e.g. https://sitrep.example.org),
 * for what must be absolute: preview images in link cards, citations, the PDF's
 * links. Without it, links stay relative and previews point at this machine.
 */
export function siteUrl(): URL {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      console.error(`SITE_URL is not a URL: ${configured}`);
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}

/** An absolute address on this site when SITE_URL is set; the path alone otherwise. */
export function publicAddress(path: string): string {
  return process.env.SITE_URL ? new URL(path, siteUrl()).toString() : path;
}

/**
 * The address readers reached this server by: SITE_URL when set, else the
 * request's forwarded or own host. For links inside files made for them.
 */
export function requestOrigin(request: Request): string {
  if (process.env.SITE_URL) return siteUrl().origin;
  const forwardedHost = request.headers.get("x-forwarded-host");
  if (forwardedHost) return `${request.headers.get("x-forwarded-proto") ?? "https"}://${forwardedHost}`;
  return new URL(request.url).origin;
}
