import { DerivedFigureDefinition, Event, Location, Source, type Figure } from "@/lib/model";
import { z } from "zod";
import { type RowError, zodIssuesToRowErrors } from "./errors";
import { parseFiguresCsv } from "./parse-figures-csv";

/** Everything an import may bring; each part optional so a CSV of figures alone imports too. */
export interface DatasetFiles {
  sources?: unknown;
  locations?: unknown;
  events?: unknown;
  derived?: unknown;
  figuresCsv?: string;
  /** How errors name the figures file; the bundled one is figures.csv. */
  figuresFileName?: string;
}

export interface Dataset {
  sources: Source[];
  locations: Location[];
  events: Event[];
  derived: DerivedFigureDefinition[];
  figures: Figure[];
  figureRows: Map<string, number>;
  figuresFileName: string;
  figureColumns: Set<string>;
}

function parseArray<T>(schema: z.ZodType<T>, input: unknown, file: string, errors: RowError[]): T[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({ file, row: 0, column: "(file)", message: "must be a JSON array" });
    return [];
  }
  const out: T[] = [];
  const rowOfId = new Map<string, number>();
  input.forEach((item, index) => {
    const result = schema.safeParse(item);
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
    errors.push(...zodIssuesToRowErrors(collection.error, 0, undefined, file));
    return [];
  }
  return collection.data.features.map((f) => ({ ...f.properties, geometry: f.geometry ?? null }));
}

export function parseDataset(files: DatasetFiles): { dataset: Dataset; errors: RowError[] } {
  const errors: RowError[] = [];
  const sources = parseArray(Source, files.sources, "sources.json", errors);
  const locations = parseArray(Location, locationsFromGeoJson(files.locations, "locations.geojson", errors), "locations.geojson", errors);
  const events = parseArray(Event, files.events, "events.json", errors);
  const derived = parseArray(DerivedFigureDefinition, files.derived, "derived.json", errors);
  const figuresFileName = files.figuresFileName ?? "figures.csv";
  const parsedFigures = files.figuresCsv === undefined ? undefined : parseFiguresCsv(files.figuresCsv, figuresFileName);
  if (parsedFigures) errors.push(...parsedFigures.errors);
  return {
    dataset: {
      sources,
      locations,
      events,
      derived,
      figures: parsedFigures?.figures ?? [],
      figureRows: parsedFigures?.rowOf ?? new Map(),
      figuresFileName,
      figureColumns: parsedFigures?.columns ?? new Set(),
    },
    errors,
  };
}

export interface KnownIds {
  sources: Set<string>;
  locations: Set<string>;
  figures: Set<string>;
}

/** Every id a record points at must exist, in this import or already in the database. */
export function checkReferences(dataset: Dataset, known: KnownIds): RowError[] {
  const errors: RowError[] = [];
  const sources = new Set([...known.sources, ...dataset.sources.map((s) => s.id)]);
  const locations = new Set([...known.locations, ...dataset.locations.map((l) => l.id)]);
  const figures = new Set([...known.figures, ...dataset.figures.map((f) => f.id)]);

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
  }
  dataset.events.forEach((event, i) => {
    const at = (column: string) => ({ file: "events.json", row: i + 1, column });
    need(sources, event.sourceId, "source", at("sourceId"));
    need(sources, event.via, "source", at("via"));
    for (const id of event.locationIds) need(locations, id, "location", at("locationIds"));
  });
  dataset.derived.forEach((definition, i) => {
    for (const id of definition.partIds) need(figures, id, "figure", { file: "derived.json", row: i + 1, column: "partIds" });
    for (const id of definition.locationIds) need(locations, id, "location", { file: "derived.json", row: i + 1, column: "locationIds" });
  });
  dataset.locations.forEach((location, i) => {
    need(locations, location.parentId, "location", { file: "locations.geojson", row: i + 1, column: "parentId" });
  });
  return errors;
}
