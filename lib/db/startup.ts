import { watchDataVersion } from "@/lib/data-version/watch";
import { getOpenDatabase } from "./index";
import { markDatabaseReady, markDatabaseStarting } from "./readiness";

/**
 * Starts opening the database and returns at once: the server already
 * listens, and answers 503 until this finishes. Then it follows writes made
 * by other server processes on the same PostgreSQL. A database that cannot be
 * opened (another server owns DATA_DIR, PostgreSQL refuses) ends the process
 * with a non-zero exit code, so a supervisor sees it instead of a server that
 * answers every request with 500.
 */
export function startDatabase(warm: () => Promise<unknown> = async () => {}): void {
  markDatabaseStarting();
  getOpenDatabase()
    .then(async (opened) => {
      await watchDataVersion(opened);
      // Ready means fast: the first reader should not wait for the read model (seconds at 100,000 claims).
      await warm().catch((error: unknown) => console.error("Sitrep could not build its read model at start:", error));
      markDatabaseReady();
    })
    .catch((error: unknown) => {
      console.error(`Sitrep cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
