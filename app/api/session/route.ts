import { NextResponse } from "next/server";
import { actorOf } from "@/lib/auth/actor";
import { audit } from "@/lib/auth/audit";
import { clientAddress, isHttps, originCheck } from "@/lib/auth/request-facts";
import { deleteSession, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/sessions";
import { Credentials, signIn } from "@/lib/auth/sign-in";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";
import { getDb } from "@/lib/db";
import { isDatabaseReady } from "@/lib/db/readiness";
import { cookieValue } from "@/lib/http/cookies";
import { notReadyResponse, unreachableAs503 } from "@/lib/http/read-route";
import { jsonBody } from "@/lib/http/write-route";

const NO_STORE = { "Cache-Control": "no-store" };

/** Who is signed in on this browser (or with this token): 200 with the account, 401 when nobody. */
async function get(request: Request): Promise<Response> {
  if (!isDatabaseReady()) return notReadyResponse();
  const actor = await actorOf(await getDb(), request.headers, cookieValue(request.headers, SESSION_COOKIE));
  if (!actor) return Response.json({ error: "Not signed in." }, { status: 401, headers: NO_STORE });
  const { email, name, role } = actor.user;
  return Response.json({ user: { email, name, role }, by: actor.by }, { headers: NO_STORE });
}

/** Signs in with {email, password}: an HTTP-only, SameSite=Lax session cookie. */
async function post(request: Request): Promise<Response> {
  if (!isDatabaseReady()) return notReadyResponse();
  // Another site must not sign a browser into an account of its choosing.
  if (originCheck(request.headers, request.url) === "cross-origin") return Response.json({ error: "Sign-in from another site is refused." }, { status: 403, headers: NO_STORE });
  const parsed = Credentials.safeParse(await jsonBody(request).catch(() => null));
  if (!parsed.success) {
    return Response.json(
      { error: "Send {email, password}.", errors: parsed.error.issues.map((i) => ({ row: 1, column: i.path.join(".") || "(body)", message: i.message })) },
      { status: 422, headers: NO_STORE },
    );
  }
  const db = await getDb();
  const outcome = await signIn(db, parsed.data, clientAddress(request.headers));
  if (!outcome.ok && outcome.reason === "paused") {
    return Response.json({ error: "Too many failed sign-ins: wait and try again." }, { status: 429, headers: { ...NO_STORE, "Retry-After": String(outcome.retryAfterSeconds) } });
  }
  if (!outcome.ok) return Response.json({ error: "The email or the password is wrong." }, { status: 401, headers: NO_STORE });
  const { email, name, role } = outcome.user;
  const response = NextResponse.json({ user: { email, name, role } }, { headers: NO_STORE });
  const secure = isHttps(request.headers, request.url);
  response.cookies.set(SESSION_COOKIE, outcome.sessionToken, sessionCookieOptions(secure));
  response.cookies.set(SIGNED_IN_HINT, "1", { ...sessionCookieOptions(secure), httpOnly: false });
  return response;
}

/** Signs out: the session ends on the server, and the cookie is cleared. */
async function del(request: Request): Promise<Response> {
  if (!isDatabaseReady()) return notReadyResponse();
  if (originCheck(request.headers, request.url) === "cross-origin") return Response.json({ error: "Refused from another site." }, { status: 403, headers: NO_STORE });
  const token = cookieValue(request.headers, SESSION_COOKIE);
  const db = await getDb();
  if (token) {
    const actor = await actorOf(db, new Headers(), token);
    await deleteSession(db, token);
    if (actor) await audit(db, { userId: actor.user.id, actor: actor.user.email, action: "sign-out", address: clientAddress(request.headers) });
  }
  const response = new NextResponse(null, { status: 204, headers: NO_STORE });
  response.cookies.set(SESSION_COOKIE, "", sessionCookieOptions(isHttps(request.headers, request.url), 0));
  response.cookies.set(SIGNED_IN_HINT, "", { ...sessionCookieOptions(isHttps(request.headers, request.url), 0), httpOnly: false });
  return response;
}

// With the database out of reach, each answers 503 with Retry-After, like /api/health.
export const GET = (request: Request) => get(request).catch(unreachableAs503);
export const POST = (request: Request) => post(request).catch(unreachableAs503);
export const DELETE = (request: Request) => del(request).catch(unreachableAs503);
