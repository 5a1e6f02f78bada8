import { openAndSeed } from "./bootstrap";
import type { Database, OpenDatabase } from "./client";

export type { Database };

const globalForDb = globalThis as unknown as { sitrepDatabase?: Promise<OpenDatabase> };

/** One database per process: PGlite must not be opened twice, and a pool is shared by all requests. */
export async function getDb(): Promise<Database> {
  globalForDb.sitrepDatabase ??= openAndSeed().catch((error: unknown) => {
    globalForDb.sitrepDatabase = undefined;
    throw error;
  });
  return (await globalForDb.sitrepDatabase).db;
}

export async function closeDb(): Promise<void> {
  const opened = globalForDb.sitrepDatabase;
  globalForDb.sitrepDatabase = undefined;
  if (opened) await (await opened).close();
}
