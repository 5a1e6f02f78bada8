import type { Situation } from "@/lib/model";
import { perVersion } from "@/lib/queries/read-model";
import type { SituationSnapshot, Snapshot } from "@/lib/queries/snapshot";
import { belongsTo } from "./membership";

/**
 * One situation's view of a snapshot, built when first asked for at each data
 * version and kept with it: its claims and accounts; every place and source,
 * which situations share. Views built from it (overview, charts, map, brief)
 * are cached against it, so each situation's are its own.
 */
export function inSituation(snapshot: Snapshot, situation: Situation): SituationSnapshot {
  return perVersion(snapshot, `situation:${situation.id}`, () => {
    const member = (record: { situationIds?: string[] }) => belongsTo(record, situation.id, snapshot.firstSituationId);
    const claims = snapshot.claims.filter(member);
    const events = snapshot.events.filter(member);
    return {
      ...snapshot,
      claims,
      claimsById: new Map(claims.map((c) => [c.id, c])),
      events,
      eventsById: new Map(events.map((e) => [e.id, e])),
      situation,
    };
  });
}

/** The situation a read names, or the default one when it names none; undefined for an unknown id. */
export function situationFor(snapshot: Snapshot, id: string | null | undefined): Situation | undefined {
  return snapshot.situationsById.get(id ?? snapshot.defaultSituationId ?? "");
}

/** The situation's snapshot for a read (see situationFor). */
export function scopedSnapshot(snapshot: Snapshot, id?: string | null): SituationSnapshot | undefined {
  const situation = situationFor(snapshot, id);
  return situation && inSituation(snapshot, situation);
}
