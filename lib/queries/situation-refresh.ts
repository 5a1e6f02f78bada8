import { and, asc, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { derivedFromRow, eventFromRow, figureFromRow, situationFromRow } from "@/lib/db/mappers";
import { BUNDLED_AUTHOR } from "@/lib/db/bundled-author";
import { deriveSum } from "@/lib/claims/derive-sum";
import { asReported, type Claim, type ReportedClaim } from "@/lib/claims/types";
import { readDataVersion } from "@/lib/data-version/store";
import type { Event } from "@/lib/model";
import { belongsTo, sumBelongsTo } from "@/lib/situations/membership";
import { snapshotOf, type SituationSnapshot } from "./snapshot";

/** As the model is read: report date, newest first, undated last; then id. */
const newestReportFirst = (a: ReportedClaim, b: ReportedClaim) =>
  a.reportedAt === b.reportedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : !a.reportedAt ? 1 : !b.reportedAt ? -1 : b.reportedAt.localeCompare(a.reportedAt);

/** Past this many changed records a fresh read is simpler than patching. */
const MAX_PATCHED = 2_000;

/**
 * A situation's model brought up to date from the revisions written since it
 * was read, instead of read again whole: the claims and accounts those
 * revisions name are read back and put in place, sums recomputed, history
 * extended; an archived document changes nothing a reader sees until a
 * claim cites it. A change to a source or a place (which any view may show) asks
 * for a fresh read: undefined.
 */
export async function patchedSituationSnapshot(db: Database, previous: SituationSnapshot, loadedAt: number): Promise<SituationSnapshot | undefined> {
  return db.transaction(
    async (tx) => {
      const version = await readDataVersion(tx as unknown as Database);
      const since = await tx
        .select({ entity: schema.revisions.entity, id: schema.revisions.entityId, action: schema.revisions.action, author: schema.revisions.author, at: schema.revisions.at, version: schema.revisions.dataVersion, pinned: sql<boolean>`jsonb_exists(${schema.revisions.changes}, 'pinnedReason')` })
        .from(schema.revisions)
        .where(and(gt(schema.revisions.dataVersion, loadedAt), isNotNull(schema.revisions.dataVersion)))
        // By version, which its index gives: ordered by id, the planner walks every revision for the few asked.
        .orderBy(asc(schema.revisions.dataVersion), asc(schema.revisions.id))
        .limit(MAX_PATCHED + 1);
      if (since.length > MAX_PATCHED || since.some((r) => !["figure", "event", "situation", "document"].includes(r.entity))) return undefined;
      // A flag set aside is not a revision: read the few there are again.
      const dismissals = await tx.select().from(schema.flagDismissals);

      const situations = (await tx.select().from(schema.situations).orderBy(asc(schema.situations.position))).map(situationFromRow);
      const situation = situations.find((s) => s.id === previous.situation.id);
      if (!situation) return undefined;
      const firstId = situations[0]?.id;
      const member = (record: { situationIds?: string[] }) => belongsTo(record, situation.id, firstId);

      const figureIds = [...new Set(since.filter((r) => r.entity === "figure").map((r) => r.id))];
      const eventIds = [...new Set(since.filter((r) => r.entity === "event").map((r) => r.id))];
      const figureRows = figureIds.length ? await tx.select().from(schema.figures).where(inArray(schema.figures.id, figureIds)) : [];
      const eventRows = eventIds.length ? await tx.select().from(schema.events).where(inArray(schema.events.id, eventIds)) : [];
      const derivedRows = await tx.select().from(schema.derivedFigures).orderBy(asc(schema.derivedFigures.id));

      // Claims: the unchanged ones as they were, the changed ones as stored now, if they (still) belong here.
      const changedFigures = new Set(figureIds);
      const reportedById = new Map<string, ReportedClaim>();
      for (const claim of previous.claims) if (claim.kind === "reported" && !changedFigures.has(claim.id)) reportedById.set(claim.id, claim);
      const figureVersions = new Map(previous.figureVersions);
      for (const id of figureIds) figureVersions.delete(id);
      const createdSince = new Set(since.filter((r) => r.entity === "figure" && r.action === "create").map((r) => r.id));
      for (const row of figureRows) {
        const claim = asReported(figureFromRow(row));
        if (!member(claim)) continue;
        // A claim that moved in from another situation brings history from before: read afresh.
        if (!previous.claimsById.has(claim.id) && !createdSince.has(claim.id)) return undefined;
        reportedById.set(claim.id, claim);
        figureVersions.set(row.id, row.version);
      }
      const reported = [...reportedById.values()].sort(newestReportFirst);
      const derived = derivedRows
        .map(derivedFromRow)
        .filter((d) => sumBelongsTo(d, reportedById, situation.id, firstId))
        .map((d) => deriveSum(d, reportedById));
      const claims: Claim[] = [...derived, ...reported];

      const changedEvents = new Set(eventIds);
      const events: Event[] = previous.events.filter((e) => !changedEvents.has(e.id));
      for (const row of eventRows) {
        const event = eventFromRow(row);
        if (member(event)) events.push(event);
      }
      events.sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || (a.dayIndex ?? Infinity) - (b.dayIndex ?? Infinity) || a.id.localeCompare(b.id));

      // History: the new revisions on top of what was known.
      const history = {
        changedIn: new Map(previous.history.changedIn),
        addedByStaffIn: new Map(previous.history.addedByStaffIn),
        pinnedIn: new Map(previous.history.pinnedIn),
        dismissed: new Map(dismissals.map((d) => [d.figureId, d.headlineId])),
      };
      for (const r of since) {
        if (r.entity !== "figure" || r.version === null) continue;
        // Pins are known for every claim, as a fresh read knows them; the rest only for this situation's own.
        if (r.pinned) history.pinnedIn.set(r.id, { version: r.version, at: r.author === BUNDLED_AUTHOR ? undefined : new Date(r.at).toISOString().slice(0, 10) });
        if (!reportedById.has(r.id)) {
          history.changedIn.delete(r.id);
          history.addedByStaffIn.delete(r.id);
          continue;
        }
        history.changedIn.set(r.id, Math.max(history.changedIn.get(r.id) ?? 0, r.version));
        if (r.action === "create" && r.author !== BUNDLED_AUTHOR) history.addedByStaffIn.set(r.id, r.version);
      }

      const whole = snapshotOf({ version, sources: previous.sources, locations: previous.locations, claims, events, figureVersions, history, situations });
      return { ...whole, situation };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
