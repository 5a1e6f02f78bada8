import { beforeAll, describe, expect, it } from "vitest";
import { placeConflicts } from "@/lib/claims/place-consistency";
import { supersedeProblem } from "@/lib/claims/supersede";
import type { ReportedClaim } from "@/lib/claims/types";
import { getDb } from "@/lib/db";
import { latestPlacedEvent } from "@/lib/events/order";
import { isFollowedFacilityStatus } from "@/lib/situations/targets";
import { inDefaultSituation } from "../fixtures/situation";
import { loadSnapshot, type Snapshot } from "@/lib/queries/snapshot";
import { takenFromProblem } from "@/lib/claims/taken-from";

/**
 * Walks every row of data/ as the app holds it (the bundled files plus their
 * reviewed updates, through the importer) and checks the written rules of
 * lib/claims/README.md that a program can check. The data are the same on
 * PostgreSQL, so this runs once.
 */
describe.skipIf(process.env.SITREP_TEST_DB === "postgres")("every row of data/ follows the written rules", () => {
  let snapshot: Snapshot;
  let reported: ReportedClaim[];
  beforeAll(async () => {
    snapshot = await loadSnapshot(await getDb());
    reported = snapshot.claims.filter((c): c is ReportedClaim => c.kind === "reported");
  });

  it("every claim has a quote and a known source, and no relay is its own source", () => {
    expect(reported.length).toBeGreaterThan(60);
    for (const claim of reported) {
      expect(claim.quote.trim(), claim.id).not.toBe("");
      expect(snapshot.sourcesById.has(claim.sourceId), claim.id).toBe(true);
      expect(claim.via, claim.id).not.toBe(claim.sourceId);
      if (claim.via) expect(snapshot.sourcesById.has(claim.via), claim.id).toBe(true);
    }
    for (const event of snapshot.events) expect(event.via, event.id).not.toBe(event.sourceId);
  });

  it("gives an undated event no day index", () => {
    for (const event of snapshot.events) if (!event.date) expect(event.dayIndex, event.id).toBeUndefined();
  });

  it("keeps counts for a stated span apart as period counts, each with its span", () => {
    const spanWords = /over the past|during the three-day|\balone\b|past 24 hours/i;
    // One sentence may give a span for one figure and "since the fighting began" for another: that needs a reader.
    const cumulativeWords = /since the fighting began/i;
    for (const claim of reported) {
      if (spanWords.test(claim.quote) && !cumulativeWords.test(claim.quote)) expect(claim.countKind, claim.id).toBe("period");
      if (claim.countKind === "period") expect(claim.periodStart ?? claim.periodEnd, claim.id).toBeTruthy();
    }
    expect(reported.filter((c) => c.countKind === "period").length).toBeGreaterThan(4);
  });

  it("replaces a claim only by its source's own later, not lower count, and every replaced claim has its replacement", () => {
    const byId = new Map(reported.map((c) => [c.id, c]));
    for (const claim of reported) expect(supersedeProblem(claim, claim.supersedes ? byId.get(claim.supersedes) : undefined), claim.id).toBeNull();
    const replaced = new Set(reported.flatMap((c) => c.supersedes ?? []));
    for (const claim of reported.filter((c) => c.status === "superseded")) expect(replaced.has(claim.id), claim.id).toBe(true);
  });

  it("names as a claim's origin (taken_from) only the same figure of the same thing, without a loop", () => {
    const byId = new Map(reported.map((c) => [c.id, c]));
    const linked = reported.filter((c) => c.takenFrom);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    for (const claim of linked) expect(takenFromProblem(claim, byId), claim.id).toBeNull();
  });

  it("places one source's one figure the same, whoever relayed it", () => {
    expect(placeConflicts(reported)).toEqual([]);
  });

  it("grades every source by the written rule for its kind", () => {
    for (const source of snapshot.sources) {
      if (source.kind === "state-media") expect(source.reliability, source.id).toBe("D");
      if (source.kind === "unnamed") expect(source.reliability, source.id).toBe("F");
      if (source.kind === "un-agency") expect(source.reliability, source.id).toBe("B");
      // An outlet whose own reason names the D criterion is graded D (data/README.md).
      if ((source.kind === "news-outlet" || source.kind === "monitoring-group") && /one side's terms|unnamed sources/.test(source.reliabilityReason)) {
        expect(source.reliability, source.id).toBe("D");
      }
      expect(source.reliabilityReason.trim(), source.id).not.toBe("");
      if (source.partOf) {
        expect(snapshot.sourcesById.has(source.partOf), source.id).toBe(true);
        expect(snapshot.sourcesById.get(source.partOf)?.partOf, `${source.id}: one level of membership`).toBeUndefined();
      }
    }
  });

  it("takes the hospital's latest status from a report a date or a stated order places", () => {
    const latest = latestPlacedEvent(snapshot.events, isFollowedFacilityStatus(inDefaultSituation(snapshot).situation));
    expect(latest).toBeDefined();
    expect(latest?.date ?? latest?.after).toBeTruthy();
    // The seed's own order, not an invented day number, makes the evacuation the latest.
    expect(latest).toMatchObject({ id: "seed-asayish-khalid-fajr-evacuated", after: "seed-sdf-ceasefire-understanding" });
    expect(latest?.dayIndex).toBeUndefined();
  });
});
