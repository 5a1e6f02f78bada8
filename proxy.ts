import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/cache/content-security-policy.js";
import { isDatabaseReady, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { isEmbed, isNotAPage, isPerRequestPage } from "@/lib/http/page-kinds";
import { isWellFormedPath } from "@/lib/http/well-formed-path";
import { routing } from "@/lib/i18n/routing";

const localeRouting = createIntlMiddleware(routing);

function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): Response {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: message }) : message;
  return new Response(body, {
    status,
    headers: { "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Runs before every route: refuses malformed addresses, answers 503 while the
 * database opens, puts pages under their locale prefix, and gives pages that
 * are rendered per request a content security policy with a fresh nonce.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return refuse(request, 400, "Bad request: the address has a malformed percent-encoding.");
  }
  if (!isDatabaseReady() && pathname !== "/api/health") {
    return refuse(request, 503, "Sitrep is starting: the database is opening. Try again in a moment.", { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  if (isNotAPage(pathname)) return NextResponse.next();
  if (!isPerRequestPage(pathname)) {
    const response = localeRouting(request);
    // A cached page is revalidated on every use (Next answers 304 by its ETag): after a write, no shared
    // cache keeps the old one. Next keeps a Cache-Control it finds already set.
    response.headers.set("Cache-Control", "public, no-cache");
    return response;
  }
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  const policy = contentSecurityPolicy({ scripts: [`'nonce-${crypto.randomUUID().replaceAll("-", "")}'`], embed: isEmbed(pathname) });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Built assets need none of this; everything else passes through.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
