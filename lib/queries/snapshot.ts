import { asc, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { derivedFromRow, eventFromRow, figureFromRow, locationFromRow, situationFromRow, sourceFromRow } from "@/lib/db/mappers";
import { deriveSum } from "@/lib/claims/derive-sum";
import { asReported, type Claim, type ReportedClaim } from "@/lib/claims/types";
import { readDataVersion } from "@/lib/data-version/store";
import { BUNDLED_AUTHOR } from "@/lib/db/bundled-author";
import { loadClaimHistory, type ClaimHistory } from "./claim-history";
import type { Event, Location, Situation, Source } from "@/lib/model";
import { claimVoices, type VoiceOf } from "@/lib/claims/voice";
import { defaultSituationOf } from "@/lib/situations/membership";

/**
 * The whole dataset at one data version, read once per version and shared by
 * every request (lib/queries/read-model.ts); every view derives from it.
 */
export interface Snapshot {
  version: number;
  sources: Source[];
  sourcesById: Map<string, Source>;
  locations: Location[];
  locationsById: Map<string, Location>;
  claims: Claim[];
  claimsById: Map<string, Claim>;
  events: Event[];
  eventsById: Map<string, Event>;
  /** Each stored claim's own version, bumped by every edit: what If-Match compares. */
  figureVersions: Map<string, number>;
  history: ClaimHistory;
  /** Each claim's independent voice: its origin's source (`takenFrom`), then the body that source is part of (`partOf`). */
  voiceOf: VoiceOf;
  /** Every situation, in the order they were created. */
  situations: Situation[];
  situationsById: Map<string, Situation>;
  /** The situation that answers reads naming none (lib/situations/membership.ts). */
  defaultSituationId?: string;
  /** The first situation created: records that name no situation belong to it, whichever answers reads. */
  firstSituationId?: string;
}

/** One situation's part of a snapshot: its claims and accounts, with every place and source (lib/situations/scope.ts). */
export interface SituationSnapshot extends Snapshot {
  situation: Situation;
}

/** Every table and the version they are at, read in one repeatable-read transaction so they agree. */
export async function loadSnapshot(db: Database): Promise<Snapshot> {
  const rows = await db.transaction(
    async (tx) => {
      // One after another: a transaction is one connection, which runs one query at a time.
      const version = await readDataVersion(tx as unknown as Database);
      const sourceRows = await tx.select().from(schema.sources).orderBy(asc(schema.sources.name));
      const locationRows = await tx.select().from(schema.locations).orderBy(asc(schema.locations.id));
      const figureRows = await tx.select().from(schema.figures).orderBy(sql`${schema.figures.reportedAt} desc nulls last`, asc(schema.figures.id));
      const derivedRows = await tx.select().from(schema.derivedFigures).orderBy(asc(schema.derivedFigures.id));
      const eventRows = await tx.select().from(schema.events).orderBy(asc(schema.events.date), asc(schema.events.dayIndex), asc(schema.events.id));
      const situationRows = await tx.select().from(schema.situations).orderBy(asc(schema.situations.position));
      const history = await loadClaimHistory(tx as unknown as Database, BUNDLED_AUTHOR);
      return { version, sourceRows, locationRows, figureRows, derivedRows, eventRows, situationRows, history };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const reported: ReportedClaim[] = rows.figureRows.map((row) => asReported(figureFromRow(row)));
  const reportedById = new Map(reported.map((c) => [c.id, c]));
  const derived = rows.derivedRows.map((row) => deriveSum(derivedFromRow(row), reportedById));
  const claims: Claim[] = [...derived, ...reported];
  return snapshotOf({
    version: rows.version,
    sources: rows.sourceRows.map(sourceFromRow),
    locations: rows.locationRows.map(locationFromRow),
    claims,
    events: rows.eventRows.map(eventFromRow),
    figureVersions: new Map(rows.figureRows.map((row) => [row.id, row.version])),
    history: rows.history,
    situations: rows.situationRows.map(situationFromRow),
  });
}

/** The read model from its records, with the look-ups by id every view uses. */
export function snapshotOf(
  records: Pick<Snapshot, "version" | "sources" | "locations" | "claims" | "events" | "figureVersions" | "history"> & Partial<Pick<Snapshot, "situations">>,
): Snapshot {
  const situations = records.situations ?? [];
  const sourcesById = new Map(records.sources.map((s) => [s.id, s]));
  const claimsById = new Map(records.claims.map((c) => [c.id, c]));
  return {
    ...records,
    sourcesById,
    locationsById: new Map(records.locations.map((l) => [l.id, l])),
    claimsById,
    eventsById: new Map(records.events.map((e) => [e.id, e])),
    voiceOf: claimVoices(claimsById, sourcesById),
    situations,
    situationsById: new Map(situations.map((s) => [s.id, s])),
    defaultSituationId: defaultSituationOf(situations)?.id,
    firstSituationId: situations[0]?.id,
  };
}
