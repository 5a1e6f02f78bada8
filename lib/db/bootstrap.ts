import { count, sql } from "drizzle-orm";
import { importDataset } from "@/lib/import/import-dataset";
import { readBundledData, readBundledUpdates } from "@/lib/import/bundled-data";
import { openDatabase, type Database, type OpenDatabase } from "./client";
import { BUNDLED_AUTHOR } from "./bundled-author";
import { bundledUpdates, sources } from "./schema";
import { readDataVersion } from "@/lib/data-version/store";
import { removeRecordInTransaction } from "@/lib/write/remove-record";

/**
 * The bundled dataset on first start, then every reviewed update in
 * data/updates/ this database has not had yet, each through the normal
 * importer and recorded in the same transaction.
 */
export async function seedBundledData(db: Database): Promise<void> {
  const [{ n }] = await db.select({ n: count() }).from(sources);
  if (n === 0) {
    // Replayed as first bundled, so the reviewed updates after it show as revisions with their reasons.
    await importDataset(db, await readBundledData(), {
      author: BUNDLED_AUTHOR,
      reason: "First start: imported the bundled dataset from data/",
      skipDataRules: true,
    });
  }
  const applied = new Set((await db.select({ name: bundledUpdates.name }).from(bundledUpdates)).map((row) => row.name));
  for (const update of await readBundledUpdates()) {
    if (applied.has(update.name)) continue;
    await importDataset(db, update.files, {
      author: BUNDLED_AUTHOR,
      reason: update.reason,
      inTransaction: async (tx) => {
        await tx.insert(bundledUpdates).values({ name: update.name });
        const version = await readDataVersion(tx);
        for (const { entity, id, revisionReason } of update.removals) {
          await removeRecordInTransaction(tx, { entity, id, reason: revisionReason, author: BUNDLED_AUTHOR }, async () => version);
        }
      },
    });
  }
}

/** Any fixed number: the lock several servers starting on one PostgreSQL take in turn. */
const SEED_LOCK = 727_001;

/** Migrated database with the bundled data and its reviewed updates in it. */
export async function openAndSeed(): Promise<OpenDatabase> {
  const opened = await openDatabase();
  // One transaction under a lock: of several servers starting at once, one seeds and the others then see it done.
  await opened.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    await seedBundledData(tx as unknown as Database);
  });
  return opened;
}
