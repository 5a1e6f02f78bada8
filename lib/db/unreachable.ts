/** Socket errors a PostgreSQL connection meets when the server is down or goes away. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** SQLSTATEs of a server shutting down or refusing connections (57P01–57P03); class 08 is "connection exception". */
const SERVER_GONE = /^(57P0[1-3]|08...)$/;
const CONNECTION_LOST = /Connection terminated|connection timeout|Client has encountered a connection error|Connection ended/i;

/**
 * Whether an error means the database cannot be reached (as opposed to a bad
 * query or bad data): such a request is answered 503 with Retry-After, like
 * /api/health, not 500. Drizzle wraps the driver's error as `cause`.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (SOCKET_CODES.has(code) || SERVER_GONE.test(code))) return true;
    if (typeof message === "string" && CONNECTION_LOST.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnreachable)) return true;
  }
  return false;
}
