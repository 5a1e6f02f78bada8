import { arrayContains, count, eq, or } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { derivedFigures, events, figures, locations, revisions, situations, sources } from "@/lib/db/schema";
import { learnDataVersion } from "@/lib/data-version/known";
import { bumpDataVersion, lockForWrite } from "@/lib/data-version/store";
import type { ImportResult } from "@/lib/import/import-dataset";
import { RecordNotFoundError, WriteConflictError } from "./errors";
import { recordTable, type RecordEntity } from "./records";
import { auditInTransaction, type Writer } from "./writer";

/** What still names the record, as "3 claims"; a record in use is never taken away from under them. */
async function usesOf(tx: Database, entity: RecordEntity, id: string): Promise<string[]> {
  const counted = async (what: string, query: Promise<{ n: number }[]>) => {
    const [{ n }] = await query;
    return n ? [`${n} ${what}`] : [];
  };
  if (entity === "source") {
    return [
      ...(await counted("claims", tx.select({ n: count() }).from(figures).where(or(eq(figures.sourceId, id), eq(figures.via, id))))),
      ...(await counted("accounts", tx.select({ n: count() }).from(events).where(or(eq(events.sourceId, id), eq(events.via, id))))),
      ...(await counted("sources (part of it)", tx.select({ n: count() }).from(sources).where(eq(sources.partOf, id)))),
    ];
  }
  if (entity === "event") return counted("accounts (placed after or before it)", tx.select({ n: count() }).from(events).where(or(eq(events.after, id), eq(events.before, id))));
  if (entity === "situation") {
    return [
      ...(await counted("claims", tx.select({ n: count() }).from(figures).where(arrayContains(figures.situationIds, [id])))),
      ...(await counted("accounts", tx.select({ n: count() }).from(events).where(arrayContains(events.situationIds, [id])))),
      ...(await counted("places", tx.select({ n: count() }).from(locations).where(arrayContains(locations.situationIds, [id])))),
    ];
  }
  return [
    ...(await counted("claims", tx.select({ n: count() }).from(figures).where(arrayContains(figures.locationIds, [id])))),
    ...(await counted("computed sums", tx.select({ n: count() }).from(derivedFigures).where(arrayContains(derivedFigures.locationIds, [id])))),
    ...(await counted("accounts", tx.select({ n: count() }).from(events).where(arrayContains(events.locationIds, [id])))),
    ...(await counted("places (within it)", tx.select({ n: count() }).from(locations).where(eq(locations.parentId, id)))),
    ...(await counted("situations", tx.select({ n: count() }).from(situations).where(or(arrayContains(situations.placeIds, [id]), arrayContains(situations.facilityIds, [id]))))),
  ];
}

export interface Removal {
  entity: RecordEntity;
  id: string;
  reason: string;
  author: string;
  userId?: number | null;
  reverts?: number;
}

/**
 * Takes a record out of its table inside a write's transaction, if nothing
 * names it, keeping all of it in a "remove" revision at the data version
 * `version` gives (a reviewed update's removals share its import's version).
 */
export async function removeRecordInTransaction(tx: Database, removal: Removal, version: () => Promise<number>): Promise<number> {
  const { entity, id } = removal;
  const table = recordTable(entity);
  const [record] = await tx.select().from(table).where(eq(table.id, id));
  if (!record) throw new RecordNotFoundError(entity, id);
  const uses = await usesOf(tx, entity, id);
  if (uses.length) throw new WriteConflictError(`'${id}' is still named by ${uses.join(", ")}; change or revert those first`, { uses });
  await tx.delete(table).where(eq(table.id, id));
  const written = await version();
  await tx.insert(revisions).values({ entity, entityId: id, action: "remove", author: removal.author, reason: removal.reason, changes: record, dataVersion: written, userId: removal.userId ?? null, reverts: removal.reverts });
  return written;
}

/**
 * Undoes the adding of a source, an account or a place that nothing uses:
 * the record leaves the tables, and a "remove" revision keeps all of it, with
 * who, when and why, so the removal is history too (and could be imported
 * again). A record something still names is a conflict that says what.
 */
export async function removeAddedRecord(db: Database, writer: Writer, entity: RecordEntity, id: string, revertOf: number, reason: string): Promise<ImportResult> {
  const version = await db.transaction(async (t) => {
    const tx = t as unknown as Database;
    // No import may name the record between the check below and the delete.
    await lockForWrite(tx);
    const written = await removeRecordInTransaction(tx, { entity, id, reason, author: writer.author, userId: writer.userId, reverts: revertOf }, () => bumpDataVersion(tx));
    await auditInTransaction(writer, "revert", `${entity}:${id}`, { revision: revertOf, removed: true })(tx);
    return written;
  });
  learnDataVersion(version);
  return { dryRun: false, version, created: [], updated: [], unchanged: 0, duplicates: [], figureRows: [] };
}
