/**
 * One cookie's value from a Cookie header, as browsers send it (name=value;
 * name2=value2). A value that is not valid percent-encoding counts as no
 * cookie: one planted from a sibling subdomain must not lock anyone out.
 */
export function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
