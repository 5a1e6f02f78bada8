import { asc, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { derivedFromRow, eventFromRow, figureFromRow, locationFromRow, sourceFromRow } from "@/lib/db/mappers";
import { deriveSum } from "@/lib/claims/derive-sum";
import { asReported, type Claim, type ReportedClaim } from "@/lib/claims/types";
import type { Event, Location, Source } from "@/lib/model";

/**
 * The whole dataset is a few hundred claims: reading it once per request and
 * deriving in memory is simpler and faster than a query per view.
 */
export interface Snapshot {
  sources: Source[];
  sourcesById: Map<string, Source>;
  locations: Location[];
  locationsById: Map<string, Location>;
  claims: Claim[];
  claimsById: Map<string, Claim>;
  events: Event[];
}

export async function loadSnapshot(db: Database): Promise<Snapshot> {
  const [sourceRows, locationRows, figureRows, derivedRows, eventRows] = await Promise.all([
    db.select().from(schema.sources).orderBy(asc(schema.sources.name)),
    db.select().from(schema.locations).orderBy(asc(schema.locations.id)),
    db.select().from(schema.figures).orderBy(sql`${schema.figures.reportedAt} desc nulls last`, asc(schema.figures.id)),
    db.select().from(schema.derivedFigures).orderBy(asc(schema.derivedFigures.id)),
    db.select().from(schema.events).orderBy(asc(schema.events.date), asc(schema.events.dayIndex), asc(schema.events.id)),
  ]);
  const reported: ReportedClaim[] = figureRows.map((row) => asReported(figureFromRow(row)));
  const reportedById = new Map(reported.map((c) => [c.id, c]));
  const derived = derivedRows.map((row) => deriveSum(derivedFromRow(row), reportedById));
  const claims: Claim[] = [...derived, ...reported];
  const sources = sourceRows.map(sourceFromRow);
  const locations = locationRows.map(locationFromRow);
  return {
    sources,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    locations,
    locationsById: new Map(locations.map((l) => [l.id, l])),
    claims,
    claimsById: new Map(claims.map((c) => [c.id, c])),
    events: eventRows.map(eventFromRow),
  };
}
