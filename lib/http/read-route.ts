import { isDatabaseReady, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { jsonError } from "./cached-response";

/**
 * A read endpoint that says "not yet" while the database opens (503 with
 * Retry-After), rather than holding the request: load balancers and scripts
 * then retry another instance or later. The API checks this itself because
 * it does not pass through the proxy.
 */
export function readRoute<Args extends [request: Request, ...context: unknown[]]>(handler: (...args: Args) => Promise<Response>) {
  return (...args: Args): Promise<Response> | Response => {
    if (!isDatabaseReady()) {
      const response = jsonError(503, "Sitrep is starting: the database is opening. Try again in a moment.");
      response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      return response;
    }
    return handler(...args);
  };
}
