import { openAndSeed } from "./bootstrap";
import type { Database, OpenDatabase } from "./client";

export type { Database };

const globalForDb = globalThis as unknown as { sitrepDatabase?: Promise<OpenDatabase>; sitrepDatabaseOpen?: boolean };

/** One database per process: PGlite must not be opened twice, and a pool is shared by all requests. */
export async function getDb(): Promise<Database> {
  globalForDb.sitrepDatabase ??= openAndSeed().then(
    (opened) => {
      globalForDb.sitrepDatabaseOpen = true;
      return opened;
    },
    (error: unknown) => {
      globalForDb.sitrepDatabase = undefined;
      throw error;
    },
  );
  return (await globalForDb.sitrepDatabase).db;
}

/** True once the database is open, migrated and seeded in this process; never waits. */
export function isDatabaseOpen(): boolean {
  return globalForDb.sitrepDatabaseOpen === true;
}

export async function closeDb(): Promise<void> {
  const opened = globalForDb.sitrepDatabase;
  globalForDb.sitrepDatabase = undefined;
  globalForDb.sitrepDatabaseOpen = false;
  if (opened) await (await opened).close();
}
