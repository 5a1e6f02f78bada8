import { DerivedFigureDefinition, Event, Figure, Location, Situation, Source } from "@/lib/model";
import { unsafeTextProblem, xmlSafeText } from "@/lib/model/text-safety";
import type { derivedFigures, events, figures, locations, situations, sources } from "./schema";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

/** Text stored before control characters were refused reads without them, so an old database still opens. */
const storedText = (value: unknown) => (typeof value === "string" && unsafeTextProblem(value) ? xmlSafeText(value) : value);

/** SQL NULL becomes an absent field, as the zod schemas expect. */
function dropNulls<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, Array.isArray(v) ? v.map(storedText) : storedText(v)]),
  ) as { [K in keyof T]: Exclude<T[K], null> };
}

// Rows were validated on the way in; parsing again on the way out keeps the
// types honest and catches anything written around the importer.
export const sourceFromRow = (row: Row<typeof sources>): Source => Source.parse(dropNulls(row));
export const locationFromRow = (row: Row<typeof locations>): Location =>
  Location.parse({ ...dropNulls(row), geometry: row.geometry ?? null });
export const eventFromRow = (row: Row<typeof events>): Event => Event.parse(dropNulls(row));
export const derivedFromRow = (row: Row<typeof derivedFigures>): DerivedFigureDefinition =>
  DerivedFigureDefinition.parse(dropNulls(row));
export function situationFromRow(row: Row<typeof situations>): Situation {
  const { position: _position, ...rest } = row;
  return Situation.parse(dropNulls(rest));
}
export function figureFromRow(row: Row<typeof figures>): Figure {
  const { version: _version, ...rest } = row;
  return Figure.parse(dropNulls(rest));
}

/** The shape a model object takes as a table row: absent optional fields become NULL. */
export function toRow<T extends object>(model: T, optionalKeys: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = { ...(model as Record<string, unknown>) };
  for (const key of optionalKeys) row[key] = row[key] ?? null;
  return row;
}
