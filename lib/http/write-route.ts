import { z } from "zod";
import { actorOf, type Actor } from "@/lib/auth/actor";
import { clientAddress, originCheck } from "@/lib/auth/request-facts";
import { hasRole, type Role } from "@/lib/auth/roles";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { getDb, type Database } from "@/lib/db";
import { isDatabaseReady, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { ImportValidationError } from "@/lib/import/errors";
import { ImportTooLargeError } from "@/lib/import/limits";
import { RecordNotFoundError, StaleWriteError, WriteConflictError } from "@/lib/write/errors";
import { writerOf, type Writer } from "@/lib/write/writer";
import { cookieValue } from "./cookies";
import { readCapped } from "./read-capped";
import { notReadyResponse } from "./read-route";

export interface WriteContext {
  db: Database;
  actor: Actor;
  writer: Writer;
  address: string;
}

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A request body larger than its route accepts: 413, before any of it is parsed. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${Math.round(limit / 1024)} kB.`);
  }
}

/** The body as bytes, refused past `limit`. */
export async function bodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new BodyTooLargeError(limit);
  const bytes = await readCapped(request.body, limit);
  if (!bytes) throw new BodyTooLargeError(limit);
  return bytes;
}

/** JSON writes are one record: 1 MB is far beyond any. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export async function jsonBody(request: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await bodyBytes(request, JSON_BODY_LIMIT));
  try {
    return JSON.parse(text);
  } catch {
    throw new z.ZodError([{ code: "custom", path: [], message: "the body is not valid JSON", input: text }]);
  }
}

/** Zod issues as the error shape every write answers with: one entry per field. */
function fieldErrors(error: z.ZodError) {
  return error.issues.map((issue) => ({ row: 1, column: issue.path.map(String).join(".") || "(body)", message: issue.message }));
}

/**
 * A write endpoint: 503 while the database opens; 403 for a request from
 * another site; 401 without a session or token; 403 for the wrong role; then
 * the handler, whose refusals become 404, 409, 413 or 422 with a body that
 * says which field or row. Never cached.
 */
export function writeRoute<Args extends [request: Request, ...context: unknown[]]>(needed: Role, handler: (context: WriteContext, ...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const [request] = args;
    if (!isDatabaseReady()) return notReadyResponse();
    // Reading staff lists (GET) changes nothing; SameSite=Lax keeps the cookie off other sites' requests anyway.
    const safe = request.method === "GET" || request.method === "HEAD";
    const origin = originCheck(request.headers, request.url);
    if (origin === "cross-origin" && !safe) return problem(403, { error: "Writes from another site are refused." });
    let db: Database;
    let actor: Actor | null;
    try {
      db = await getDb();
      actor = await actorOf(db, request.headers, cookieValue(request.headers, SESSION_COOKIE));
    } catch (error) {
      // Lost during the write, the commit may have gone through: the answer says to check before sending it again
      // (a claim sent again with its id is a conflict, and an import reports rows it already holds, so a retry adds nothing twice).
      if (isDatabaseUnreachable(error)) {
        return problem(503, { error: "The database stopped answering during this write: it may or may not have been saved. Check before sending it again." }, { "Retry-After": String(RETRY_AFTER_SECONDS) });
      }
      throw error;
    }
    if (!actor) return problem(401, { error: "Sign in, or send an API token (Authorization: Bearer …)." }, { "WWW-Authenticate": 'Bearer realm="sitrep"' });
    // A browser's cookie rides along with any request; only a request that shows it comes from our pages may use it.
    if (actor.by === "session" && origin !== "same-origin" && !safe) return problem(403, { error: "A write with a session cookie must come from Sitrep's own pages." });
    if (!hasRole(actor.user.role, needed)) return problem(403, { error: `This needs the ${needed} role.` });
    const address = clientAddress(request.headers);
    try {
      const response = await handler({ db, actor, writer: writerOf(actor.user, address), address }, ...args);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      return writeErrorResponse(error);
    }
  };
}

/** A write's refusal as its answer: 404, 409, 413 or 422 with a body that says which field or row; anything else is thrown on. */
export function writeErrorResponse(error: unknown): Response {
  if (error instanceof ImportValidationError) {
    const more = error.notListed ? ` The first ${error.errors.length} of ${error.allErrors.length} problems are listed.` : "";
    return problem(422, { error: `Nothing was written: fix these and send it again.${more}`, errors: error.errors, notListed: error.notListed });
  }
  if (error instanceof z.ZodError) return problem(422, { error: "Nothing was written: fix these and send it again.", errors: fieldErrors(error) });
  if (error instanceof StaleWriteError) {
    return problem(409, { error: error.message, id: error.id, version: error.currentVersion }, { ETag: `"fig-${error.currentVersion}"` });
  }
  if (error instanceof WriteConflictError) return problem(409, { error: error.message, ...error.detail });
  if (error instanceof RecordNotFoundError) return problem(404, { error: error.message });
  if (error instanceof BodyTooLargeError || error instanceof ImportTooLargeError) return problem(413, { error: error.message });
  if (isDatabaseUnreachable(error)) return notReadyResponse();
  throw error;
}

/**
 * A write anyone may make (an email subscription): the same refusals as
 * writeRoute's, and a request from another site refused, but no sign-in
 * needed; the handler gets the actor when there is one.
 */
export function openWriteRoute<Args extends [request: Request, ...context: unknown[]]>(handler: (context: { db: Database; actor: Actor | null; address: string }, ...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const [request] = args;
    if (!isDatabaseReady()) return notReadyResponse();
    const origin = originCheck(request.headers, request.url);
    if (origin === "cross-origin") return problem(403, { error: "Writes from another site are refused." });
    try {
      const db = await getDb();
      const signedIn = await actorOf(db, request.headers, cookieValue(request.headers, SESSION_COOKIE));
      // As in writeRoute: a session cookie counts only on a request that shows it comes from Sitrep's own pages.
      const actor = signedIn?.by === "session" && origin !== "same-origin" ? null : signedIn;
      const response = await handler({ db, actor, address: clientAddress(request.headers) }, ...args);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      return writeErrorResponse(error);
    }
  };
}
