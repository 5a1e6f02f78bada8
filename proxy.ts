import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/cache/content-security-policy.js";
import { originCheck } from "@/lib/auth/request-facts";
import { isDatabaseReady, notReadyMessage, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { isEmbed, isNotAPage, isPerRequestPage } from "@/lib/http/page-kinds";
import { mayHaveMoved } from "@/lib/http/moved-addresses";
import { isWellFormedPath } from "@/lib/http/well-formed-path";
import { isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { SCRIPTED_BRIEF_HEADER } from "@/lib/summary/scripted-brief-header";

const localeRouting = createIntlMiddleware(routing);

function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): Response {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: message }) : message;
  return new Response(body, {
    status,
    headers: { "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

const isSafeMethod = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

/**
 * A redirect chosen by the reader's language (Accept-Language, the cookie of
 * their earlier choice) says so: a shared cache must not send one reader's
 * language to everyone.
 */
function varyingByLanguage(response: NextResponse): NextResponse {
  const vary = new Set((response.headers.get("vary") ?? "").split(",").map((v) => v.trim()).filter(Boolean));
  vary.add("Accept-Language");
  vary.add("Cookie");
  response.headers.set("Vary", [...vary].join(", "));
  return response;
}

/** The locale a path starts with (/en/map → "en"), if it is one we serve. */
function localeOf(pathname: string): string | undefined {
  const first = pathname.split("/", 2)[1];
  return isLocale(first) ? first : undefined;
}

/**
 * A reader's browser opening the brief: not a client-side navigation or
 * prefetch (which fetch the page's React payload), and not the script-free
 * brief itself asking for the page.
 */
function isScriptFreeBriefRequest(request: NextRequest): boolean {
  const { headers, method } = request;
  return (
    (method === "GET" || method === "HEAD") &&
    /^\/[^/]+\/[^/]+\/summary\/?$/.test(request.nextUrl.pathname) &&
    !headers.has("rsc") &&
    !headers.has("next-router-prefetch") &&
    !headers.has(SCRIPTED_BRIEF_HEADER)
  );
}

/**
 * Runs before pages (and before data, tiles and fonts only when their address
 * holds a %-escape): refuses malformed addresses, answers 503 while the
 * database opens, sends unprefixed addresses to their locale, and gives pages
 * rendered per request a content security policy with a fresh nonce. The API
 * answers its own 503 (lib/http/read-route.ts): this stays off its hot path.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return refuse(request, 400, "Bad request: the address has a malformed percent-encoding.");
  }
  // Forms post to pages (server actions) with the session cookie: as for the API's cookie writes, only from our own pages.
  // Checked before "not a page": a page's address may end like a file name (/en/edit/claims/x.json).
  if (!isSafeMethod(request.method) && !pathname.startsWith("/api/") && originCheck(request.headers, request.url) !== "same-origin") {
    return refuse(request, 403, "Forbidden: a form may only be sent from Sitrep's own pages.");
  }
  if (isNotAPage(pathname)) return NextResponse.next();
  if (!isDatabaseReady()) {
    return refuse(request, 503, notReadyMessage(), { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  // Without a locale prefix, next-intl picks one (cookie, Accept-Language) and redirects.
  if (!localeOf(pathname)) return varyingByLanguage(localeRouting(request));
  // Pages that moved under a situation: a permanent redirect to the default one's (lib/http/moved-addresses.ts).
  if (mayHaveMoved(pathname)) return NextResponse.rewrite(new URL(`/moved?from=${encodeURIComponent(pathname + request.nextUrl.search)}`, request.url));
  // The brief, opened as a document, goes out without scripts (lib/summary/script-free-brief.ts).
  if (isScriptFreeBriefRequest(request)) return NextResponse.rewrite(new URL(`/summary-page${pathname.replace(/\/summary\/?$/, "")}`, request.url));
  // A cached page gets its policy and Cache-Control from the page cache (lib/cache/page-cache-handler.js).
  if (!isPerRequestPage(pathname)) return NextResponse.next();
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  const policy = contentSecurityPolicy({ scripts: [`'nonce-${crypto.randomUUID().replaceAll("-", "")}'`], embed: isEmbed(pathname) });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages, and any other address with a %-escape, which Next would otherwise meet with a 500.
  // Built assets, data, tiles and fonts skip the proxy: it would halve how many requests a second they serve.
  matcher: ["/((?!_next/static|_next/image|api/|tiles/|fonts/).*)", "/(api|tiles|fonts)/(.*%.*)"],
};
