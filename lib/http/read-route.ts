import { isDatabaseStarting, notReadyMessage, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { jsonError } from "./cached-response";

/** 503 with Retry-After: the database is opening or out of reach. Load balancers and scripts retry another instance or later. */
export function notReadyResponse(): Response {
  const response = jsonError(503, notReadyMessage());
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/** A request that failed because the database cannot be reached answers 503 like /api/health, not 500; anything else still throws. */
export function unreachableAs503(error: unknown): Response {
  if (isDatabaseUnreachable(error)) return notReadyResponse();
  throw error;
}

/**
 * A read endpoint that says "not yet" while the database opens (503 with
 * Retry-After), rather than holding the request. With the database out of
 * reach later, what is built for the current data version is still served;
 * a read that needs the database answers 503. The API checks this itself
 * because it does not pass through the proxy.
 */
export function readRoute<Args extends [request: Request, ...context: unknown[]]>(handler: (...args: Args) => Promise<Response>) {
  return (...args: Args): Promise<Response> | Response => {
    if (isDatabaseStarting()) return notReadyResponse();
    return handler(...args).catch(unreachableAs503);
  };
}
