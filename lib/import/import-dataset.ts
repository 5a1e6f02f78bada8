import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { situationsTouched } from "@/lib/situations/touched";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { learnDataVersion } from "@/lib/data-version/known";
import { bumpDataVersion, lockForWrite } from "@/lib/data-version/store";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { derivedFromRow, eventFromRow, figureFromRow, locationFromRow, situationFromRow, sourceFromRow, toRow } from "@/lib/db/mappers";
import { deriveSum, DerivedFigureError } from "@/lib/claims/derive-sum";
import { asReported } from "@/lib/claims/types";
import type { Figure } from "@/lib/model";
import { checkReferences, parseDataset, reasonKey, type Dataset, type DatasetFiles } from "./dataset";
import { checkDataRules } from "./data-rules";
import { fieldColumns } from "./figure-columns";
import { ImportValidationError, type RowError } from "./errors";
import { planChanges, type EntityName, type ImportPlan, type PlannedChange } from "./plan";

export interface ImportOptions {
  author: string;
  reason: string;
  dryRun?: boolean;
  /**
   * Only for replaying the dataset as first bundled, which predates the rules
   * in lib/claims/README.md; its reviewed updates, and every other import, are
   * checked against them.
   */
  skipDataRules?: boolean;
  /** Runs inside the import's transaction after its writes, so bookkeeping commits with them or not at all. */
  inTransaction?: (tx: Database) => Promise<void>;
  /** Runs first inside the transaction: a stale edit throws here (StaleWriteError) and nothing is written. */
  precondition?: (tx: Database) => Promise<void>;
  /** The account writing, for each revision; none for the bundled data and the command line. */
  userId?: number | null;
  /** The revision this write reverts. */
  reverts?: number;
  /** Refuse the whole write when a row repeats a stored claim, instead of writing the others and reporting it. */
  refuseDuplicates?: boolean;
}

/** What an import did, or would do, with one figure row: the preview a person checks before committing. */
export interface FigureRowOutcome {
  row: number;
  id: string;
  action: "add" | "change" | "unchanged" | "duplicate";
  changes?: PlannedChange["changes"];
  /** For a duplicate: the stored claim with the same content under another id. */
  duplicateOf?: string;
  /** For an addition: what it counts and who says so. */
  adds?: Pick<Figure, "indicator" | "group" | "value" | "qualifier" | "valueHigh" | "sourceId" | "locationIds" | "reportedAt">;
}

export interface ImportResult {
  dryRun: boolean;
  created: { entity: EntityName; id: string }[];
  updated: { entity: EntityName; id: string; changes: PlannedChange["changes"] }[];
  unchanged: number;
  /** Figure rows whose content is already stored under another id: reported, not written twice. */
  duplicates: { id: string; of: string; row: number }[];
  /** Every figure row, in file order, with what happens to it. */
  figureRows: FigureRowOutcome[];
  /** The data version this import wrote; absent for a dry run or a file that changed nothing. */
  version?: number;
}

const optionalColumns: Record<EntityName, readonly string[]> = {
  source: ["url", "notes", "partOf", "aliases"],
  location: ["parentId", "pcodes", "situationIds", "aliases"],
  situation: ["leadSourceId"],
  figure: ["valueHigh", "periodStart", "periodEnd", "reportedAt", "via", "url", "translation", "notes", "supersedes", "takenFrom", "pinnedReason", "situationIds", "documentId", "dataset"],
  event: ["facilityStatus", "dayIndex", "dayLabel", "date", "via", "url", "translation", "notes", "after", "before", "orderBasis", "reportedAt", "situationIds"],
  "derived-figure": ["pinnedReason", "situationIds"],
};

const tables = {
  source: schema.sources,
  location: schema.locations,
  situation: schema.situations,
  figure: schema.figures,
  event: schema.events,
  "derived-figure": schema.derivedFigures,
} as const;

// Parents before children, so foreign keys hold at every insert.
const writeOrder: EntityName[] = ["source", "location", "situation", "figure", "derived-figure", "event"];

/** Up to this many claims in a write, only the stored claims it can concern are read; a bigger import reads them all. */
const TARGETED_FIGURES = 1_000;

/**
 * The stored records a write is checked and planned against. Places,
 * sources, accounts, sums and situations are few and read whole. Claims are
 * read whole for a large import, but for a write of a few (a form, the API)
 * only those it can concern: its own ids, the claims it names, the claims
 * that repeat it, the parts of every sum, and the claims that could be its
 * duplicate (same source, indicator and value). At a million claims, one
 * claim's write then reads a handful of rows, not every claim.
 */
async function readExisting(db: Database, dataset: Dataset) {
  // One after another: inside a transaction these share one connection, which runs one query at a time.
  const sources = await db.select().from(schema.sources);
  const locations = await db.select().from(schema.locations);
  const events = await db.select().from(schema.events);
  const derived = await db.select().from(schema.derivedFigures);
  const situations = await db.select().from(schema.situations);
  const figures = dataset.figures.length > TARGETED_FIGURES ? await db.select().from(schema.figures) : await concernedFigures(db, dataset, derived.flatMap((d) => d.partIds));
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const documentIds = [...new Set(dataset.figures.flatMap((f) => (f.documentId ? [f.documentId] : [])))];
  const documents = documentIds.length ? await db.select({ id: schema.documents.id }).from(schema.documents).where(inArray(schema.documents.id, documentIds)) : [];
  return {
    documents: new Set(documents.map((d) => d.id)),
    sources: byId(sources.map(sourceFromRow)),
    locations: byId(locations.map(locationFromRow)),
    figures: byId(figures.map(figureFromRow)),
    events: byId(events.map(eventFromRow)),
    derived: byId(derived.map(derivedFromRow)),
    situations: byId(situations.map(situationFromRow)),
  };
}

async function concernedFigures(db: Database, dataset: Dataset, storedParts: string[]) {
  const ids = new Set<string>(storedParts);
  for (const figure of dataset.figures) for (const id of [figure.id, figure.supersedes, figure.takenFrom]) if (id) ids.add(id);
  for (const definition of dataset.derived) for (const id of definition.partIds) ids.add(id);
  const own = dataset.figures.map((f) => f.id);
  const lookalikes = dataset.figures.map((f) => and(eq(schema.figures.sourceId, f.sourceId), eq(schema.figures.indicator, f.indicator), eq(schema.figures.value, f.value)));
  const conditions = [
    ids.size ? inArray(schema.figures.id, [...ids]) : undefined,
    own.length ? inArray(schema.figures.takenFrom, own) : undefined,
    ...lookalikes,
  ].filter((c) => c !== undefined);
  return conditions.length ? db.select().from(schema.figures).where(or(...conditions)) : [];
}

/**
 * Writes a plan: new records in bulk, parents before children so foreign
 * keys hold; each update on its own row (an update bumps a figure's version,
 * the ETag of edits); then one revision per change, with its reason.
 */
async function applyPlan(db: Database, changes: PlannedChange[], options: ImportOptions, reasonOf: (change: PlannedChange) => string): Promise<number> {
  for (const entity of writeOrder) {
    const ofEntity = changes.filter((c) => c.entity === entity);
    await bulkInsert(
      db,
      tables[entity],
      ofEntity.filter((c) => c.action === "create").map((c) => toRow(c.record, optionalColumns[entity])),
    );
    for (const change of ofEntity.filter((c) => c.action === "update")) {
      const row = toRow(change.record, optionalColumns[entity]);
      const set = entity === "figure" ? { ...row, version: sql`${schema.figures.version} + 1` } : row;
      await db
        .update(tables[entity])
        .set(set as never)
        .where(sql`${tables[entity].id} = ${change.id}`);
    }
  }
  // The first situation holds the records that name none; after the inserts, it may be one this write created.
  const [first] = await db.select({ id: schema.situations.id }).from(schema.situations).orderBy(asc(schema.situations.position)).limit(1);
  const version = await bumpDataVersion(db, situationsTouched(changes, first?.id));
  await bulkInsert(
    db,
    schema.revisions,
    changes.map((change) => ({
      entity: change.entity,
      entityId: change.id,
      action: change.action,
      author: options.author,
      reason: reasonOf(change),
      changes: change.action === "create" ? change.record : change.changes,
      dataVersion: version,
      userId: options.userId ?? null,
      reverts: options.reverts ?? null,
    })),
  );
  return version;
}

/**
 * The one way data enters the database, for the bundled files and uploads
 * alike: parse and validate everything, check every reference, then write all
 * of it in one transaction or nothing.
 */
export async function importDataset(db: Database, files: DatasetFiles, options: ImportOptions): Promise<ImportResult> {
  const { dataset, errors } = parseDataset(files);
  const result = await db.transaction(async (tx) => {
    // Dry runs too: what they answer is what the real run would do at that moment.
    await lockForWrite(tx as unknown as Database);
    await options.precondition?.(tx as unknown as Database);
    const existing = await readExisting(tx as unknown as Database, dataset);
    // Every problem in one answer: cell errors, and unknown references among the rows that parsed.
    errors.push(
      ...checkReferences(dataset, {
        sources: new Set(existing.sources.keys()),
        locations: new Set(existing.locations.keys()),
        figures: new Set(existing.figures.keys()),
        events: new Set(existing.events.keys()),
        situations: new Set(existing.situations.keys()),
        documents: existing.documents,
      }),
      ...checkDerivedSums(dataset, existing),
      ...(options.skipDataRules ? [] : checkDataRules(dataset, existing.figures)),
    );
    if (errors.length) throw new ImportValidationError(sortErrors(errors));

    const plan: ImportPlan = { changes: [], unchanged: 0 };
    planChanges("source", dataset.sources, existing.sources, plan);
    planChanges("location", dataset.locations, existing.locations, plan);
    planChanges("situation", dataset.situations, existing.situations, plan);
    const duplicates = findDuplicates(dataset, existing.figures);
    if (options.refuseDuplicates && duplicates.length) {
      throw new ImportValidationError(duplicates.map((d) => ({ file: dataset.figuresFileName, row: d.row, column: "(row)", message: `repeats the stored claim '${d.of}'` })));
    }
    const isDuplicate = new Set(duplicates.map((d) => d.id));
    planChanges(
      "figure",
      dataset.figures.filter((f) => !isDuplicate.has(f.id)).map((f) => keepAbsentColumns(f, existing.figures.get(f.id), dataset.figureColumns)),
      existing.figures,
      plan,
    );
    planChanges("derived-figure", dataset.derived, existing.derived, plan);
    planChanges("event", dataset.events, existing.events, plan);

    let version: number | undefined;
    if (!options.dryRun && plan.changes.length) {
      version = await applyPlan(tx as unknown as Database, plan.changes, options, (change) => dataset.reasons.get(reasonKey(change.entity, change.id)) ?? options.reason);
    }
    // Only a write that changed something is one the audit log records.
    if (version !== undefined) await options.inTransaction?.(tx as unknown as Database);
    const figureChange = new Map(plan.changes.filter((c) => c.entity === "figure").map((c) => [c.id, c]));
    const duplicateOf = new Map(duplicates.map((d) => [d.id, d.of]));
    return {
      dryRun: Boolean(options.dryRun),
      version,
      duplicates,
      figureRows: dataset.figures.map((f): FigureRowOutcome => {
        const row = dataset.figureRows.get(f.id) ?? 0;
        const of = duplicateOf.get(f.id);
        if (of) return { row, id: f.id, action: "duplicate", duplicateOf: of };
        const change = figureChange.get(f.id);
        if (!change) return { row, id: f.id, action: "unchanged" };
        if (change.action === "update") return { row, id: f.id, action: "change", changes: change.changes };
        const { indicator, group, value, qualifier, valueHigh, sourceId, locationIds, reportedAt } = f;
        return { row, id: f.id, action: "add", adds: { indicator, group, value, qualifier, valueHigh, sourceId, locationIds, reportedAt } };
      }),
      created: plan.changes.filter((c) => c.action === "create").map(({ entity, id }) => ({ entity, id })),
      updated: plan.changes.filter((c) => c.action === "update").map(({ entity, id, changes }) => ({ entity, id, changes })),
      unchanged: plan.unchanged,
    };
  });
  // Committed: this process's readers move to the new version at once (others hear of it from PostgreSQL).
  if (result.version) learnDataVersion(result.version);
  return result;
}

/** What makes two claims the same report: the same source saying the same number about the same thing, in the same words. */
function contentKey(f: Figure): string {
  return JSON.stringify([f.sourceId, f.via ?? null, f.indicator, f.group, f.value, f.qualifier, f.valueHigh ?? null, f.unit, [...f.locationIds].sort(), f.countKind, f.periodStart ?? null, f.periodEnd ?? null, f.reportedAt ?? null, f.quote.trim()]);
}

/** New rows that repeat a stored claim under another id: a second copy would count the report twice. */
function findDuplicates(dataset: ReturnType<typeof parseDataset>["dataset"], stored: Map<string, Figure>): { id: string; of: string; row: number }[] {
  const incomingIds = dataset.figures.filter((f) => !stored.has(f.id));
  if (!incomingIds.length) return [];
  const byContent = new Map<string, string>();
  for (const figure of stored.values()) byContent.set(contentKey(figure), figure.id);
  const duplicates: { id: string; of: string; row: number }[] = [];
  for (const figure of incomingIds) {
    const key = contentKey(figure);
    const of = byContent.get(key);
    if (of) duplicates.push({ id: figure.id, of, row: dataset.figureRows.get(figure.id) ?? 0 });
    // Two new rows with the same content: the first goes in, the second repeats it.
    else byContent.set(key, figure.id);
  }
  return duplicates;
}

/** An update from a file that leaves a column out keeps the stored value of that field. */
function keepAbsentColumns(incoming: Figure, stored: Figure | undefined, columns: Set<string>): Figure {
  if (!stored) return incoming;
  const merged: Record<string, unknown> = { ...incoming };
  for (const { column, field } of fieldColumns) {
    if (field && !columns.has(column)) merged[field] = stored[field];
  }
  return merged as Figure;
}

function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.row - b.row);
}

/** A derived figure must still add up after the import: same source, same report, no overlap. */
function checkDerivedSums(
  dataset: ReturnType<typeof parseDataset>["dataset"],
  existing: Awaited<ReturnType<typeof readExisting>>,
): RowError[] {
  const figures = new Map([...existing.figures].map(([id, f]) => [id, asReported(f)]));
  for (const figure of dataset.figures) figures.set(figure.id, asReported(figure));
  const definitions = new Map(existing.derived);
  for (const d of dataset.derived) definitions.set(d.id, d);
  const errors: RowError[] = [];
  [...definitions.values()].forEach((definition) => {
    try {
      deriveSum(definition, figures);
    } catch (error) {
      if (!(error instanceof DerivedFigureError)) throw error;
      const index = dataset.derived.findIndex((d) => d.id === definition.id);
      errors.push({ file: "derived.json", row: index + 1, column: "partIds", message: error.message });
    }
  });
  return errors;
}
