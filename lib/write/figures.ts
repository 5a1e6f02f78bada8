import { eq, like } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { figureFromRow } from "@/lib/db/mappers";
import { figures } from "@/lib/db/schema";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { FigureFields, NonEmptyText } from "@/lib/model";
import { RecordNotFoundError, StaleWriteError, WriteConflictError } from "./errors";
import { newId } from "./new-id";
import { auditInTransaction, type Writer } from "./writer";

/** A new claim, as the API and the form send it: the record and, optionally, why it is added. */
export const NewFigureRequest = z.looseObject({ reason: NonEmptyText.optional() });

/**
 * Only the fields to change, each as the record has it (null clears an optional
 * one), and why. Defaults are dropped: a field left out stays as it is.
 */
const patchShape = Object.fromEntries(
  Object.entries(FigureFields.omit({ id: true }).shape).map(([key, field]) => {
    const plain = field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : (field as z.ZodType);
    return [key, field.safeParse(undefined).success && !(field instanceof z.ZodDefault) ? plain.nullable().optional() : plain.optional()];
  }),
) as { [K in keyof FigureShape]: z.ZodOptional<z.ZodType<z.infer<FigureShape[K]> | null>> };
type FigureShape = Omit<typeof FigureFields.shape, "id">;
export const FigurePatch = z
  .object(patchShape)
  .extend({ reason: NonEmptyText })
  .strict();
export type FigurePatch = z.infer<typeof FigurePatch>;

export interface FigureWrite {
  result: ImportResult;
  /** The claim's own version after the write: the next If-Match. */
  figureVersion: number;
}

/** A claim's stored row (its version included); locked for the rest of the transaction when asked. */
export async function storedFigure(db: Database, id: string, lock = false) {
  const query = db.select().from(figures).where(eq(figures.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

async function versionOf(db: Database, id: string): Promise<number> {
  return (await storedFigure(db, id))?.version ?? 0;
}

/** An id for a claim sent without one, from its source, indicator, group and date, like the bundled ids; not stored, nor among `alsoTaken`. */
async function freshFigureId(db: Database, record: Record<string, unknown>, alsoTaken: ReadonlySet<string> = new Set()): Promise<string> {
  const parts = [record.sourceId, record.indicator, record.group, record.reportedAt].map((v) => (typeof v === "string" ? v : undefined));
  const base = newId(parts, () => false);
  const taken = new Set((await db.select({ id: figures.id }).from(figures).where(like(figures.id, `${base}%`))).map((row) => row.id));
  return newId(parts, (id) => taken.has(id) || alsoTaken.has(id));
}

/** Adds one claim: it must be new (an id in use is a conflict: revise that claim instead), and not repeat a stored one. */
export async function createFigure(db: Database, writer: Writer, body: Record<string, unknown>): Promise<FigureWrite> {
  const { reason, ...sent } = NewFigureRequest.parse(body);
  const id = typeof sent.id === "string" ? sent.id : await freshFigureId(db, sent);
  const record = { ...sent, id };
  if (await storedFigure(db, id)) throw new WriteConflictError(`a claim with id '${id}' exists already; revise it instead`, { id });
  const result = await importDataset(
    db,
    { figures: [record] },
    {
      author: writer.author,
      userId: writer.userId,
      reason: (reason as string | undefined) ?? "New report",
      precondition: async (tx) => {
        if (await storedFigure(tx, id, true)) throw new WriteConflictError(`a claim with id '${id}' exists already; revise it instead`, { id });
      },
      inTransaction: auditInTransaction(writer, "write", `figure:${id}`, { action: "create" }),
    },
  );
  const duplicate = result.duplicates[0];
  if (duplicate) throw new WriteConflictError(`this claim is already stored as '${duplicate.of}'`, { duplicateOf: duplicate.of });
  return { result, figureVersion: 1 };
}

/**
 * Revises a claim: only the given fields change, the old values stay in its
 * history with who, when and why. `expectedVersion` (from If-Match or the
 * form) must be the claim's version, checked under a row lock, so of two
 * concurrent edits exactly one wins and the other gets a StaleWriteError.
 */
export async function patchFigure(db: Database, writer: Writer, id: string, patch: FigurePatch, expectedVersion: number | null): Promise<FigureWrite> {
  const row = await storedFigure(db, id);
  if (!row) throw new RecordNotFoundError("claim", id);
  if (expectedVersion !== null && row.version !== expectedVersion) throw new StaleWriteError(id, row.version);
  const { reason, ...fields } = patch;
  const merged: Record<string, unknown> = { ...figureFromRow(row) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  const result = await importDataset(
    db,
    { figures: [merged] },
    {
      author: writer.author,
      userId: writer.userId,
      reason,
      precondition: async (tx) => {
        const locked = await storedFigure(tx, id, true);
        if (locked && locked.version !== row.version) throw new StaleWriteError(id, locked.version);
      },
      inTransaction: auditInTransaction(writer, "write", `figure:${id}`, { action: "update", fields: Object.keys(fields) }),
    },
  );
  return { result, figureVersion: await versionOf(db, id) };
}

/** Ids for new claims, from each one's source, indicator, group and date, unique among the stored claims and each other. */
export async function newFigureIds(db: Database, records: Record<string, unknown>[]): Promise<string[]> {
  const ids: string[] = [];
  for (const record of records) ids.push(await freshFigureId(db, record, new Set(ids)));
  return ids;
}

/**
 * Adds several new claims in one write (the figures of one pasted report):
 * each gets an id from its source, indicator, group and date, all are
 * checked together, and all are saved or none. A row that repeats a stored
 * claim is refused, naming it.
 */
export async function createFigures(db: Database, writer: Writer, records: Record<string, unknown>[], reason: string, ids?: string[]): Promise<{ result: ImportResult; ids: string[] }> {
  ids ??= await newFigureIds(db, records);
  const taken = ids;
  const result = await importDataset(
    db,
    { figures: records.map((record, i) => ({ ...record, id: taken[i] })) },
    {
      author: writer.author,
      userId: writer.userId,
      reason,
      // All new, checked under the write's lock: an id saved meanwhile is a conflict, never an overwrite.
      precondition: async (tx) => {
        for (const id of taken) if (await storedFigure(tx, id, true)) throw new WriteConflictError(`a claim with id '${id}' was saved meanwhile; save again`, { id });
      },
      // All or nothing: a row that repeats a stored claim refuses the whole write.
      refuseDuplicates: true,
      inTransaction: auditInTransaction(writer, "write", `figures:${taken.join(",")}`, { action: "create" }),
    },
  );
  return { result, ids };
}
