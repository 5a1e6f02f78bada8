import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { eventFromRow, figureFromRow, locationFromRow, situationFromRow, sourceFromRow } from "@/lib/db/mappers";
import { events, figures, locations, revisions, situations, sources } from "@/lib/db/schema";
import type { DatasetFiles } from "@/lib/import/dataset";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { RecordNotFoundError, WriteConflictError } from "./errors";
import type { RecordEntity } from "./records";
import { removeAddedRecord } from "./remove-record";
import { auditInTransaction, type Writer } from "./writer";

/** How to read each kind of record back and write it again through the importer. */
const kinds = {
  figure: { read: async (db: Database, id: string) => (await db.select().from(figures).where(eq(figures.id, id))).map(figureFromRow)[0], fromRow: figureFromRow, files: (r: unknown): DatasetFiles => ({ figures: [r] }) },
  source: { read: async (db: Database, id: string) => (await db.select().from(sources).where(eq(sources.id, id))).map(sourceFromRow)[0], fromRow: sourceFromRow, files: (r: unknown): DatasetFiles => ({ sources: [r] }) },
  event: { read: async (db: Database, id: string) => (await db.select().from(events).where(eq(events.id, id))).map(eventFromRow)[0], fromRow: eventFromRow, files: (r: unknown): DatasetFiles => ({ events: [r] }) },
  situation: {
    read: async (db: Database, id: string) => (await db.select().from(situations).where(eq(situations.id, id))).map(situationFromRow)[0],
    // A removal kept the row as stored, its creation order too.
    fromRow: (row: unknown) => situationFromRow({ position: 0, ...(row as object) } as never),
    files: (r: unknown): DatasetFiles => ({ situations: [r] }),
  },
  location: {
    read: async (db: Database, id: string) => (await db.select().from(locations).where(eq(locations.id, id))).map(locationFromRow)[0],
    fromRow: locationFromRow,
    files: (r: unknown): DatasetFiles => {
      const { geometry, ...properties } = r as Record<string, unknown>;
      return { locations: { type: "FeatureCollection", features: [{ type: "Feature", geometry: geometry ?? null, properties }] } };
    },
  },
} as const;

type Changes = Record<string, { from: unknown; to: unknown }>;

/**
 * Undoes one revision with a new one, so the undo is history too. An update
 * is undone field by field, only while those fields still hold what it wrote
 * (a later edit must be reverted first); adding a claim is undone by
 * withdrawing it: it stays on record, out of every count; adding a source,
 * account or place that nothing names is undone by removing it.
 */
export async function revertRevision(db: Database, writer: Writer, revisionId: number, reason?: string): Promise<ImportResult> {
  const [revision] = await db.select().from(revisions).where(eq(revisions.id, revisionId));
  if (!revision) throw new RecordNotFoundError("revision", String(revisionId));
  const kind = kinds[revision.entity as keyof typeof kinds];
  if (!kind) throw new WriteConflictError(`a ${revision.entity} revision cannot be reverted here`);
  const why = reason?.trim() || `Reverted revision ${revision.id} (${revision.reason})`;
  if (revision.action === "remove") {
    // The removal kept the whole record: it goes back in as it was, unless the id was taken meanwhile.
    return importDataset(db, kind.files(kind.fromRow(revision.changes as never)), {
      precondition: async (tx) => {
        if (await kind.read(tx, revision.entityId)) throw new WriteConflictError(`'${revision.entityId}' exists again already`);
      },
      author: writer.author,
      userId: writer.userId,
      reverts: revision.id,
      reason: why,
      inTransaction: auditInTransaction(writer, "revert", `${revision.entity}:${revision.entityId}`, { revision: revision.id }),
    });
  }
  const current = (await kind.read(db, revision.entityId)) as Record<string, unknown> | undefined;
  if (!current) throw new RecordNotFoundError(revision.entity, revision.entityId);

  let next: Record<string, unknown>;
  if (revision.action === "create") {
    // An added source, account or place is taken away again, if nothing names it by now.
    if (revision.entity !== "figure") return removeAddedRecord(db, writer, revision.entity as RecordEntity, revision.entityId, revision.id, why);
    if (current.status === "withdrawn") throw new WriteConflictError("this claim is withdrawn already");
    next = { ...current, status: "withdrawn" };
  } else {
    const changes = revision.changes as Changes;
    const overtaken = Object.entries(changes).filter(([field, change]) => !isDeepStrictEqual(current[field] ?? null, change.to ?? null));
    if (overtaken.length) {
      throw new WriteConflictError(`later revisions changed ${overtaken.map(([f]) => f).join(", ")} again; revert those first`, { fields: overtaken.map(([f]) => f) });
    }
    next = { ...current };
    for (const [field, change] of Object.entries(changes)) {
      if (change.from === null || change.from === undefined) delete next[field];
      else next[field] = change.from;
    }
  }
  return importDataset(db, kind.files(next), {
    author: writer.author,
    userId: writer.userId,
    reverts: revision.id,
    reason: why,
    inTransaction: auditInTransaction(writer, "revert", `${revision.entity}:${revision.entityId}`, { revision: revision.id }),
  });
}
