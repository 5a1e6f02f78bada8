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
import { defaultSituationOf, sumBelongsTo } from "@/lib/situations/membership";
import { memberOf } from "@/lib/situations/member-sql";

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
  return (await loadRows(db)).snapshot;
}

/**
 * One situation's read model straight from the database: its claims,
 * accounts and sums, with every place, source and situation, and the history
 * of its own claims only. Undefined when there is no such situation.
 */
export async function loadSituationSnapshot(db: Database, situationId: string): Promise<SituationSnapshot | undefined> {
  const { snapshot } = await loadRows(db, situationId);
  const situation = snapshot.situationsById.get(situationId);
  return situation && { ...snapshot, situation };
}

async function loadRows(db: Database, situationId?: string): Promise<{ snapshot: Snapshot }> {
  const rows = await db.transaction(
    async (tx) => {
      // One after another: a transaction is one connection, which runs one query at a time.
      const version = await readDataVersion(tx as unknown as Database);
      const situationRows = await tx.select().from(schema.situations).orderBy(asc(schema.situations.position));
      // The first situation also holds every record that names none (lib/situations/membership.ts).
      const ownsUnassigned = situationRows[0]?.id === situationId;
      const member = <C extends Parameters<typeof memberOf>[0]>(column: C) => (situationId === undefined ? undefined : memberOf(column, situationId, ownsUnassigned));
      const sourceRows = await tx.select().from(schema.sources).orderBy(asc(schema.sources.name));
      const locationRows = await tx.select().from(schema.locations).orderBy(asc(schema.locations.id));
      const figureRows = await tx
        .select()
        .from(schema.figures)
        .where(member(schema.figures.situationIds))
        .orderBy(sql`${schema.figures.reportedAt} desc nulls last`, asc(schema.figures.id));
      // Sums are few: read all, and keep those of this situation once their parts are known.
      const derivedRows = await tx.select().from(schema.derivedFigures).orderBy(asc(schema.derivedFigures.id));
      const eventRows = await tx
        .select()
        .from(schema.events)
        .where(member(schema.events.situationIds))
        .orderBy(asc(schema.events.date), asc(schema.events.dayIndex), asc(schema.events.id));
      const ownClaims = situationId === undefined ? undefined : sql`(select ${schema.figures.id} from ${schema.figures} where ${member(schema.figures.situationIds)})`;
      const history = await loadClaimHistory(tx as unknown as Database, BUNDLED_AUTHOR, ownClaims);
      return { version, sourceRows, locationRows, figureRows, derivedRows, eventRows, situationRows, history };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const reported: ReportedClaim[] = rows.figureRows.map((row) => asReported(figureFromRow(row)));
  const reportedById = new Map(reported.map((c) => [c.id, c]));
  const situations = rows.situationRows.map(situationFromRow);
  const definitions = rows.derivedRows.map(derivedFromRow).filter((d) => situationId === undefined || sumBelongsTo(d, reportedById, situationId, situations[0]?.id));
  const derived = definitions.map((definition) => deriveSum(definition, reportedById));
  const claims: Claim[] = [...derived, ...reported];
  return {
    snapshot: snapshotOf({
      version: rows.version,
      sources: rows.sourceRows.map(sourceFromRow),
      locations: rows.locationRows.map(locationFromRow),
      claims,
      events: rows.eventRows.map(eventFromRow),
      figureVersions: new Map(rows.figureRows.map((row) => [row.id, row.version])),
      history: rows.history,
      situations,
    }),
  };
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
