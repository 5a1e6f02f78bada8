import { DerivedFigureDefinition, Event, Figure, Location, NonEmptyText, Situation, Source } from "@/lib/model";
import { z } from "zod";
import { type RowError, zodIssuesToRowErrors } from "./errors";
import { fieldColumns } from "./figure-columns";
import { parseFiguresCsv } from "./parse-figures-csv";

/** Everything an import may bring; each part optional so a CSV of figures alone imports too. */
export interface DatasetFiles {
  sources?: unknown;
  locations?: unknown;
  events?: unknown;
  derived?: unknown;
  situations?: unknown;
  figuresCsv?: string;
  /** Figures as JSON records (the write API and the edit forms), instead of a CSV. */
  figures?: unknown;
  /** How errors name the figures file; the bundled one is figures.csv. */
  figuresFileName?: string;
  /** For JSON figures read from a file of another shape (an HXL dataset): each figure's row in that file. */
  figureRowNumbers?: Map<string, number>;
}

export interface Dataset {
  sources: Source[];
  locations: Location[];
  events: Event[];
  derived: DerivedFigureDefinition[];
  situations: Situation[];
  figures: Figure[];
  figureRows: Map<string, number>;
  figuresFileName: string;
  figureColumns: Set<string>;
  /** A record's own reason for its revision, by "entity:id"; others take the import's reason. */
  reasons: Map<string, string>;
}

/** The key of `Dataset.reasons`. */
export const reasonKey = (entity: string, id: string) => `${entity}:${id}`;

/** `revisionReason` on a JSON record says why it changes; it is not part of the record. */
function takeReason(item: unknown, row: number, file: string, errors: RowError[]): { record: unknown; reason?: string } {
  if (!item || typeof item !== "object" || !("revisionReason" in item)) return { record: item };
  const { revisionReason, ...record } = item as Record<string, unknown>;
  const checked = NonEmptyText.safeParse(revisionReason);
  if (!checked.success) errors.push({ file, row, column: "revisionReason", message: checked.error.issues[0].message });
  return { record, reason: checked.data };
}

function parseArray<T>(schema: z.ZodType<T>, input: unknown, file: string, errors: RowError[], reasons?: (id: string, reason: string) => void): T[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({ file, row: 0, column: "(file)", message: "must be a JSON array" });
    return [];
  }
  const out: T[] = [];
  const rowOfId = new Map<string, number>();
  input.forEach((item, index) => {
    const { record, reason } = takeReason(item, index + 1, file, errors);
    const result = schema.safeParse(record);
    if (!result.success) {
      errors.push(...zodIssuesToRowErrors(result.error, index + 1, undefined, file));
      return;
    }
    // Two records with one id would pass every check and then break the database's primary key.
    const id = (result.data as { id?: string }).id;
    if (id !== undefined && rowOfId.has(id)) {
      errors.push({ file, row: index + 1, column: "id", message: `duplicate id '${id}' (also row ${rowOfId.get(id)})` });
      return;
    }
    if (id !== undefined) rowOfId.set(id, index + 1);
    if (id !== undefined && reason) reasons?.(id, reason);
    out.push(result.data);
  });
  return out;
}

const LocationFeature = z.object({
  type: z.literal("Feature"),
  geometry: z.unknown().nullable(),
  properties: z.record(z.string(), z.unknown()),
});
const LocationCollection = z.object({ type: z.literal("FeatureCollection"), features: z.array(LocationFeature) });

/** GeoJSON features carry the Location fields in `properties`; the geometry is the feature's own. */
function locationsFromGeoJson(input: unknown, file: string, errors: RowError[]): unknown[] | undefined {
  if (input === undefined) return undefined;
  const collection = LocationCollection.safeParse(input);
  if (!collection.success) {
    for (const error of zodIssuesToRowErrors(collection.error, 0, undefined, file)) errors.push(error);
    return [];
  }
  return collection.data.features.map((f) => ({ ...f.properties, geometry: f.geometry ?? null }));
}

/** JSON figures parse like the other JSON records; every field counts as given, as in a CSV with all columns. */
function figuresFromJson(input: unknown, file: string, errors: RowError[], reasonFor: (id: string, reason: string) => void, rowNumbers?: Map<string, number>) {
  const figures = parseArray(Figure, input, file, errors, reasonFor);
  const rowOf = new Map<string, number>(rowNumbers);
  if (Array.isArray(input) && !rowNumbers) input.forEach((item, i) => typeof item?.id === "string" && rowOf.set(item.id, i + 1));
  return { figures, rowOf, errors: [] as RowError[], reasonOf: new Map<string, string>(), columns: new Set(fieldColumns.map((c) => c.column)) };
}

export function parseDataset(files: DatasetFiles): { dataset: Dataset; errors: RowError[] } {
  const errors: RowError[] = [];
  const reasons = new Map<string, string>();
  const reasonFor = (entity: string) => (id: string, reason: string) => reasons.set(reasonKey(entity, id), reason);
  const sources = parseArray(Source, files.sources, "sources.json", errors, reasonFor("source"));
  const locations = parseArray(Location, locationsFromGeoJson(files.locations, "locations.geojson", errors), "locations.geojson", errors, reasonFor("location"));
  const events = parseArray(Event, files.events, "events.json", errors, reasonFor("event"));
  const derived = parseArray(DerivedFigureDefinition, files.derived, "derived.json", errors, reasonFor("derived-figure"));
  const situations = parseArray(Situation, files.situations, "situations.json", errors, reasonFor("situation"));
  const figuresFileName = files.figuresFileName ?? (files.figures !== undefined ? "figures.json" : "figures.csv");
  const parsedFigures =
    files.figuresCsv !== undefined ? parseFiguresCsv(files.figuresCsv, figuresFileName) : files.figures !== undefined ? figuresFromJson(files.figures, figuresFileName, errors, reasonFor("figure"), files.figureRowNumbers) : undefined;
  // A loop, not push(...): a file can hold more bad rows than a call takes arguments.
  for (const error of parsedFigures?.errors ?? []) errors.push(error);
  for (const [id, reason] of parsedFigures?.reasonOf ?? []) reasons.set(reasonKey("figure", id), reason);
  return {
    dataset: {
      sources,
      locations,
      events,
      derived,
      situations,
      figures: parsedFigures?.figures ?? [],
      figureRows: parsedFigures?.rowOf ?? new Map(),
      figuresFileName,
      figureColumns: parsedFigures?.columns ?? new Set(),
      reasons,
    },
    errors,
  };
}

export interface KnownIds {
  sources: Set<string>;
  locations: Set<string>;
  figures: Set<string>;
  events: Set<string>;
  situations: Set<string>;
  /** The archived documents among those the dataset names. */
  documents: Set<string>;
}

/** Every id a record points at must exist, in this import or already in the database. */
export function checkReferences(dataset: Dataset, known: KnownIds): RowError[] {
  const errors: RowError[] = [];
  const sources = new Set([...known.sources, ...dataset.sources.map((s) => s.id)]);
  const locations = new Set([...known.locations, ...dataset.locations.map((l) => l.id)]);
  const figures = new Set([...known.figures, ...dataset.figures.map((f) => f.id)]);
  const events = new Set([...known.events, ...dataset.events.map((e) => e.id)]);
  const situations = new Set([...known.situations, ...dataset.situations.map((s) => s.id)]);

  const need = (ids: Set<string>, id: string | undefined, what: string, at: Omit<RowError, "message">) => {
    if (id !== undefined && !ids.has(id)) errors.push({ ...at, message: `unknown ${what} '${id}'` });
  };
  for (const figure of dataset.figures) {
    const row = dataset.figureRows.get(figure.id) ?? 0;
    const at = (column: string) => ({ file: dataset.figuresFileName, row, column });
    need(sources, figure.sourceId, "source", at("source_id"));
    need(sources, figure.via, "source", at("via"));
    for (const id of figure.locationIds) need(locations, id, "location", at("location_ids"));
    need(figures, figure.supersedes, "figure", at("supersedes"));
    need(figures, figure.takenFrom, "figure", at("taken_from"));
    for (const id of figure.situationIds ?? []) need(situations, id, "situation", at("situation_ids"));
    need(known.documents, figure.documentId, "document", at("document_id"));
  }
  dataset.events.forEach((event, i) => {
    const at = (column: string) => ({ file: "events.json", row: i + 1, column });
    need(sources, event.sourceId, "source", at("sourceId"));
    need(sources, event.via, "source", at("via"));
    for (const id of event.locationIds) need(locations, id, "location", at("locationIds"));
    need(events, event.after, "event", at("after"));
    need(events, event.before, "event", at("before"));
    for (const id of event.situationIds ?? []) need(situations, id, "situation", at("situationIds"));
  });
  dataset.sources.forEach((source, i) => {
    need(sources, source.partOf, "source", { file: "sources.json", row: i + 1, column: "partOf" });
  });
  dataset.derived.forEach((definition, i) => {
    for (const id of definition.partIds) need(figures, id, "figure", { file: "derived.json", row: i + 1, column: "partIds" });
    for (const id of definition.locationIds) need(locations, id, "location", { file: "derived.json", row: i + 1, column: "locationIds" });
    for (const id of definition.situationIds ?? []) need(situations, id, "situation", { file: "derived.json", row: i + 1, column: "situationIds" });
  });
  dataset.locations.forEach((location, i) => {
    need(locations, location.parentId, "location", { file: "locations.geojson", row: i + 1, column: "parentId" });
    for (const id of location.situationIds ?? []) need(situations, id, "situation", { file: "locations.geojson", row: i + 1, column: "situationIds" });
  });
  dataset.situations.forEach((situation, i) => {
    const at = (column: string) => ({ file: "situations.json", row: i + 1, column });
    for (const id of situation.placeIds) need(locations, id, "location", at("placeIds"));
    for (const id of situation.facilityIds) need(locations, id, "location", at("facilityIds"));
    situation.headline.forEach((card, n) => {
      for (const id of card.placeIds ?? []) need(locations, id, "location", at(`headline.${n}.placeIds`));
    });
    need(locations, situation.mapView.locatorPlaceId, "location", at("mapView.locatorPlaceId"));
    need(sources, situation.leadSourceId, "source", at("leadSourceId"));
  });
  return errors;
}
