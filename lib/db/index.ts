import { learnDataVersion } from "@/lib/data-version/known";
import { readDataVersion } from "@/lib/data-version/store";
import { openAndSeed } from "./bootstrap";
import type { Database, OpenDatabase } from "./client";

export type { Database };

const globalForDb = globalThis as unknown as { sitrepDatabase?: Promise<OpenDatabase>; sitrepDatabaseOpen?: boolean };

/** The process's one database, open, migrated and seeded; PGlite must not be opened twice, and a pool is shared by all requests. */
export function getOpenDatabase(): Promise<OpenDatabase> {
  globalForDb.sitrepDatabase ??= openAndSeed().then(
    async (opened) => {
      learnDataVersion(await readDataVersion(opened.db));
      globalForDb.sitrepDatabaseOpen = true;
      return opened;
    },
    (error: unknown) => {
      globalForDb.sitrepDatabase = undefined;
      throw error;
    },
  );
  return globalForDb.sitrepDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getOpenDatabase()).db;
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
