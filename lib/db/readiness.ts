/**
 * Whether this process has its database open, migrated and seeded. Kept on
 * globalThis because the proxy is bundled apart from the routes but runs in the
 * same `next start` process; this file imports nothing so the proxy stays small.
 */
type Readiness = "starting" | "ready";

const state = globalThis as unknown as { sitrepReadiness?: Readiness };

export function markDatabaseReady(): void {
  state.sitrepReadiness = "ready";
}

export function markDatabaseStarting(): void {
  state.sitrepReadiness = "starting";
}

/** Until the server has started opening the database (tests, scripts) nothing is known to be missing. */
export function isDatabaseReady(): boolean {
  return state.sitrepReadiness !== "starting";
}

/** Seconds a client should wait before asking again while the database opens. */
export const RETRY_AFTER_SECONDS = 2;
