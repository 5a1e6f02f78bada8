import type { SituationsTouched } from "@/lib/data-version/store";
import type { PlannedChange } from "@/lib/import/plan";
import { situationsOfRecord } from "./membership";

type Listed = { situationIds?: string[] | null };

/**
 * The situations a set of changes touches, for their read models: a claim's
 * or account's situations before and after the change, a situation itself;
 * a source, a place or a computed sum can show in any situation, so they
 * touch all.
 */
export function situationsTouched(changes: PlannedChange[], firstSituationId: string | undefined): SituationsTouched {
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.entity === "situation") {
      touched.add(change.id);
      continue;
    }
    if (change.entity !== "figure" && change.entity !== "event") return "all";
    const after = change.record as Listed;
    for (const id of situationsOfRecord({ situationIds: after.situationIds ?? undefined }, firstSituationId)) touched.add(id);
    if (change.action === "update") {
      const before = "situationIds" in change.changes ? (change.changes.situationIds.from as string[] | null) : after.situationIds;
      for (const id of situationsOfRecord({ situationIds: before ?? undefined }, firstSituationId)) touched.add(id);
    }
  }
  return [...touched];
}
