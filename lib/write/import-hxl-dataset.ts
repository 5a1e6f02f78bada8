import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { locationFromRow, situationFromRow, sourceFromRow } from "@/lib/db/mappers";
import { ImportValidationError, type RowError } from "@/lib/import/errors";
import { datasetClaims, type DatasetColumn } from "@/lib/import/hxl-dataset/dataset-claims";
import type { HxlTable } from "@/lib/import/hxl-dataset/read-hxl-table";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { namesOfPlace, namesOfSource, placesOfSituation } from "@/lib/intake/context";
import { IsoDate, type DatasetReference, type DatasetRow, type Figure } from "@/lib/model";
import { defaultSituationOf } from "@/lib/situations/membership";
import { documentIdOf, sha256Of } from "./documents";
import { auditInTransaction, type Writer } from "./writer";

export interface HxlImportOptions {
  fileName: string;
  reason: string;
  dryRun: boolean;
  /** The situation whose places the rows are matched against; the default one when absent. */
  situation?: string;
  dataset: Partial<DatasetReference>;
}

export type HxlImportResult = ImportResult & { datasetColumns: DatasetColumn[] };

/** What a dataset's rows are read against: the situation's places and every source. */
async function readContext(db: Database, situationId: string | undefined) {
  const situations = (await db.select().from(schema.situations).orderBy(asc(schema.situations.position))).map(situationFromRow);
  const situation = situationId ? situations.find((s) => s.id === situationId) : defaultSituationOf(situations);
  if (!situation) throw new ImportValidationError([{ row: 0, column: "situation", message: situationId ? `unknown situation '${situationId}'` : "there is no situation yet: open one first" }]);
  const locations = (await db.select().from(schema.locations)).map(locationFromRow);
  const sources = (await db.select().from(schema.sources)).map(sourceFromRow);
  const places = placesOfSituation({ situation, locations, firstSituationId: situations[0]?.id }).map((p) => ({ id: p.id, parentId: p.parentId, kind: p.kind, names: namesOfPlace(p), pcodes: p.pcodes }));
  return { situation, places, sources: sources.map((s) => ({ id: s.id, names: [s.id, ...namesOfSource(s)] })) };
}

const sameDataset = (a: DatasetRow | undefined, b: DatasetRow | undefined) => Boolean(a && b && a.title === b.title && a.publisher === b.publisher && a.version === b.version);

/**
 * A claim's id comes from its dataset's title and version and the row: a
 * stored claim with that id from another dataset (two files both called
 * data.csv, a later round given no version) is refused, not overwritten.
 */
async function otherDatasetsClaims(db: Database, figures: Figure[], rowOf: Map<string, number>, file: string): Promise<RowError[]> {
  if (!figures.length) return [];
  const stored = await db.select({ id: schema.figures.id, dataset: schema.figures.dataset }).from(schema.figures).where(inArray(schema.figures.id, figures.map((f) => f.id)));
  const storedDataset = new Map(stored.map((s) => [s.id, s.dataset as DatasetRow | null]));
  return figures.flatMap((figure) => {
    if (!storedDataset.has(figure.id)) return [];
    const before = storedDataset.get(figure.id) ?? undefined;
    if (sameDataset(before, figure.dataset)) return [];
    const what = before ? `from another dataset ('${before.title}'${before.version ? `, ${before.version}` : ""})` : "that was not read from a dataset";
    return [{ file, row: rowOf.get(figure.id) ?? 0, column: "(row)", message: `would replace the claim '${figure.id}' ${what}: give this dataset a title or version of its own` }];
  });
}

/**
 * A humanitarian dataset tagged with HXL (an IOM DTM round, an OCHA table)
 * imported as claims whose evidence is the dataset row. The file itself is
 * archived as a document in the same transaction, so each claim's quote (its
 * row's line) is found in the archived text; a dry run archives nothing.
 */
export async function importHxlDataset(db: Database, writer: Writer, table: HxlTable, options: HxlImportOptions): Promise<HxlImportResult> {
  const context = await readContext(db, options.situation);
  const sha256 = sha256Of(table.text);
  // A dry run archives nothing: its claims name the archived copy only when one is stored already, as the real run's will.
  const archivedId = documentIdOf(sha256);
  const archived = (await db.select({ id: schema.documents.id }).from(schema.documents).where(eq(schema.documents.id, archivedId))).length > 0;
  const documentId = options.dryRun && !archived ? undefined : archivedId;
  const claims = datasetClaims({ table, fileName: options.fileName, situationId: context.situation.id, places: context.places, sources: context.sources, dataset: options.dataset, documentId });
  claims.errors.push(...(await otherDatasetsClaims(db, claims.figures, claims.rowOf, options.fileName)));
  if (claims.errors.length) throw new ImportValidationError(claims.errors);
  if (!claims.figures.length) throw new ImportValidationError([{ file: options.fileName, row: table.hashtagRow + 1, column: "(row)", message: "the file has no data rows" } satisfies RowError]);
  const version = options.dataset.version;
  const result = await importDataset(
    db,
    { figures: claims.figures, figuresFileName: options.fileName, figureRowNumbers: claims.rowOf },
    {
      author: writer.author,
      userId: writer.userId,
      reason: options.reason,
      dryRun: options.dryRun,
      precondition: documentId
        ? async (tx) => {
            await tx
              .insert(schema.documents)
              .values({
                id: documentId,
                sha256,
                text: table.text,
                url: options.dataset.url,
                publishedAt: version && IsoDate.safeParse(version).success ? version : undefined,
                situationId: context.situation.id,
                archivedBy: writer.author,
                userId: writer.userId,
              })
              .onConflictDoNothing();
          }
        : undefined,
      inTransaction: auditInTransaction(writer, "import", options.fileName, { bytes: table.text.length, dataset: options.dataset.title ?? options.fileName }),
    },
  );
  return { ...result, datasetColumns: claims.columns };
}
