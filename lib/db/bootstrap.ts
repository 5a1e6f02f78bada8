import { count } from "drizzle-orm";
import { importDataset } from "@/lib/import/import-dataset";
import { readBundledData } from "@/lib/import/bundled-data";
import { openDatabase, type OpenDatabase } from "./client";
import { sources } from "./schema";

/** Migrated database; on first start with no data, the bundled dataset goes in through the normal importer. */
export async function openAndSeed(): Promise<OpenDatabase> {
  const opened = await openDatabase();
  const [{ n }] = await opened.db.select({ n: count() }).from(sources);
  if (n === 0) {
    await importDataset(opened.db, await readBundledData(), {
      author: "bundled data",
      reason: "First start: imported the bundled dataset from data/",
    });
  }
  return opened;
}
