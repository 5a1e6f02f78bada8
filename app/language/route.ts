import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { LOCALE_COOKIE, routing } from "@/lib/i18n/routing";

const ONE_YEAR = 60 * 60 * 24 * 365;

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
  const asked = url.searchParams.get("path") ?? "/";
  const target = new URL(localizedPath(to, asked.startsWith("/") && !asked.startsWith("//") ? asked : "/"), url.origin);
  const location = target.origin === url.origin ? `${target.pathname}${target.search}${target.hash}` : `/${to}`;
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Set-Cookie": `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`, "Cache-Control": "no-store" },
  });
}
