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
export function startDatabase(): void {
  markDatabaseStarting();
  getOpenDatabase()
    .then(async (opened) => {
      await watchDataVersion(opened);
      markDatabaseReady();
    })
    .catch((error: unknown) => {
      console.error(`Sitrep cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
