import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { LOCALE_COOKIE, routing } from "@/lib/i18n/routing";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The asked path under the new language, as a Location that can only lead to
 * one of our pages: resolved as a browser would (dot segments, backslashes,
 * tabs and newlines dropped), it must still be under /{to}. A path that
 * resolves to "//host" would otherwise leave the site as a protocol-relative
 * address while passing an origin check.
 */
function pageUnder(to: string, asked: string, origin: string): string {
  const home = `/${to}`;
  if (!asked.startsWith("/") || asked.startsWith("//")) return home;
  const target = new URL(localizedPath(to, asked), origin);
  const inside = target.origin === origin && (target.pathname === home || target.pathname.startsWith(`${home}/`)) && !target.pathname.includes("//");
  return inside ? `${target.pathname}${target.search}${target.hash}` : home;
}

/**
 * The language switch: GET /language?to=ar&path=/figures?indicator=killed
 * remembers the choice (the cookie next-intl reads when an address has no
 * language in it) and goes to the same view in that language. A link, so
 * it works without JavaScript; only a path on this site is followed.
 */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const to = url.searchParams.get("to");
  if (!isLocale(to)) {
    return Response.json({ error: `Unknown language '${to ?? ""}'; one of ${routing.locales.join(", ")}.`, parameter: "to" }, { status: 400 });
  }
  const location = pageUnder(to, url.searchParams.get("path") ?? "/", url.origin);
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Set-Cookie": `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`, "Cache-Control": "no-store" },
  });
}
