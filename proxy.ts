import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReady, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { isWellFormedPath } from "@/lib/http/well-formed-path";

function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): Response {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: message }) : message;
  return new Response(body, {
    status,
    headers: { "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** Runs before every route: refuses malformed addresses, and answers 503 while the database opens. */
export function proxy(request: NextRequest) {
  if (!isWellFormedPath(request.nextUrl.pathname)) {
    return refuse(request, 400, "Bad request: the address has a malformed percent-encoding.");
  }
  if (!isDatabaseReady() && request.nextUrl.pathname !== "/api/health") {
    return refuse(request, 503, "Sitrep is starting: the database is opening. Try again in a moment.", { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  return NextResponse.next();
}

export const config = {
  // Built assets and fonts need neither check.
  matcher: ["/((?!_next/static|_next/image|fonts/).*)"],
};
