import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { dataVersion, situations, situationVersions } from "@/lib/db/schema";

/** The channel on which PostgreSQL tells every server process of a new version. */
export const DATA_VERSION_CHANNEL = "sitrep_data_version";

/** The current data version: 0 for an empty database, then one more per write. */
export async function readDataVersion(db: Database): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}

/**
 * Call first inside a write's transaction: writers then run one after another,
 * so what one checks (an id free, a record unused) still holds when it writes.
 */
export async function lockForWrite(tx: Database): Promise<void> {
  await tx.execute(sql`select version from ${dataVersion} where id = 1 for update`);
}

/**
 * Call inside the write's transaction: the row lock also orders concurrent
 * writers, so each write gets its own version and none is lost. The NOTIFY is
 * delivered only if the transaction commits.
 */
export async function bumpDataVersion(tx: Database, touched: SituationsTouched = "all"): Promise<number> {
  const [row] = await tx
    .update(dataVersion)
    .set({ version: sql`${dataVersion.version} + 1`, changedAt: sql`now()` })
    .where(eq(dataVersion.id, 1))
    .returning({ version: dataVersion.version });
  await markSituationsChanged(tx, row.version, touched);
  await tx.execute(sql`select pg_notify(${DATA_VERSION_CHANNEL}, ${String(row.version)})`);
  return row.version;
}

/**
 * The situations a write changed: their ids, or "all" for a change every
 * situation may show (a source, a place, a flag), which is the safe answer
 * whenever a write cannot say.
 */
export type SituationsTouched = "all" | string[];

/** Records `version` as the latest change of each situation touched (lib/queries/situation-model.ts reads it). */
async function markSituationsChanged(tx: Database, version: number, touched: SituationsTouched): Promise<void> {
  if (touched !== "all" && touched.length === 0) return;
  const chosen = touched === "all" ? sql`true` : inArray(situations.id, touched);
  await tx.execute(sql`
    insert into ${situationVersions} (situation_id, version)
    select ${situations.id}, ${version} from ${situations} where ${chosen}
    on conflict (situation_id) do update set version = excluded.version`);
}

/** The data version of a situation's latest change, or null when it has none recorded (treated as changed). */
export async function readSituationVersion(db: Database, situationId: string): Promise<number | null> {
  const [row] = await db.select({ version: situationVersions.version }).from(situationVersions).where(eq(situationVersions.situationId, situationId));
  return row?.version ?? null;
}
