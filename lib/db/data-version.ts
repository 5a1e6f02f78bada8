import { eq, sql } from "drizzle-orm";
import type { Database } from "./client";
import { dataVersion } from "./schema";

/** The current data version: 0 for an empty database, then one more per write. */
export async function readDataVersion(db: Database): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}

/**
 * Call inside the write's transaction: the row lock also orders concurrent
 * writers, so each write gets its own version and none is lost.
 */
export async function bumpDataVersion(tx: Database): Promise<number> {
  const [row] = await tx
    .update(dataVersion)
    .set({ version: sql`${dataVersion.version} + 1`, changedAt: sql`now()` })
    .where(eq(dataVersion.id, 1))
    .returning({ version: dataVersion.version });
  return row.version;
}
