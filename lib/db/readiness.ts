/**
 * Whether this process has its database open, migrated and seeded, and
 * whether it still answers. Kept on globalThis because the proxy is bundled
 * apart from the routes but runs in the same `next start` process; this file
 * imports nothing so the proxy stays small.
 */
type Readiness = "starting" | "ready" | "unreachable";

const state = globalThis as unknown as { sitrepReadiness?: Readiness };

export function markDatabaseReady(): void {
  state.sitrepReadiness = "ready";
}

export function markDatabaseStarting(): void {
  state.sitrepReadiness = "starting";
}

/** The database stopped answering (a PostgreSQL server down): pages answer 503 until it answers again. */
export function markDatabaseUnreachable(): void {
  if (state.sitrepReadiness === "ready") state.sitrepReadiness = "unreachable";
}

/** A check answered: a database that was unreachable is back. */
export function markDatabaseAnswering(): void {
  if (state.sitrepReadiness === "unreachable") state.sitrepReadiness = "ready";
}

/** Until the server has started opening the database (tests, scripts) nothing is known to be missing. */
export function isDatabaseReady(): boolean {
  return state.sitrepReadiness !== "starting" && state.sitrepReadiness !== "unreachable";
}

/** Whether the database is still being opened (not yet ready, as opposed to gone away). */
export function isDatabaseStarting(): boolean {
  return state.sitrepReadiness === "starting";
}

/** What a 503 says: the database is opening, or does not answer. */
export function notReadyMessage(): string {
  return state.sitrepReadiness === "unreachable"
    ? "Sitrep cannot reach its database just now. Try again in a moment."
    : "Sitrep is starting: the database is opening. Try again in a moment.";
}

/** Seconds a client should wait before asking again while the database opens or is out of reach. */
export const RETRY_AFTER_SECONDS = 2;
