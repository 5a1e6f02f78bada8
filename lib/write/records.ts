import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { events, locations, situations, sources } from "@/lib/db/schema";
import type { DatasetFiles } from "@/lib/import/dataset";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { NonEmptyText } from "@/lib/model";
import { WriteConflictError } from "./errors";
import { auditInTransaction, type Writer } from "./writer";

const stores = {
  source: { table: sources, files: (record: unknown): DatasetFiles => ({ sources: [record] }) },
  event: { table: events, files: (record: unknown): DatasetFiles => ({ events: [record] }) },
  situation: { table: situations, files: (record: unknown): DatasetFiles => ({ situations: [record] }) },
  // Places travel as GeoJSON, as in data/locations.geojson.
  location: {
    table: locations,
    files: (record: unknown): DatasetFiles => {
      const { geometry, ...properties } = (record ?? {}) as Record<string, unknown>;
      return { locations: { type: "FeatureCollection", features: [{ type: "Feature", geometry: geometry ?? null, properties }] } };
    },
  },
} as const;

export type RecordEntity = keyof typeof stores;

/** The table a source, an event or a place is kept in. */
export const recordTable = (entity: RecordEntity) => stores[entity].table;

/** A new record as the API takes it: the record's own fields, checked by the importer, and an optional reason. */
export const NewRecordRequest = z.looseObject({ reason: NonEmptyText.optional() });

/**
 * Adds a source, an event or a place through the importer: validated, its
 * references checked, written with its revision and a new data version, or
 * not at all. An id in use is a conflict; nothing is overwritten.
 */
export async function createRecord(db: Database, writer: Writer, entity: RecordEntity, record: Record<string, unknown>, reason: string): Promise<ImportResult> {
  const { table, files } = stores[entity];
  const id = typeof record.id === "string" ? record.id : undefined;
  const taken = async (tx: Database) => id !== undefined && (await tx.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;
  return importDataset(db, files(record), {
    author: writer.author,
    userId: writer.userId,
    reason,
    precondition: async (tx) => {
      if (await taken(tx)) throw new WriteConflictError(`a ${entity === "location" ? "place" : entity} with id '${id}' exists already`, { id });
    },
    inTransaction: auditInTransaction(writer, "write", `${entity}:${id}`, { action: "create" }),
  });
}
