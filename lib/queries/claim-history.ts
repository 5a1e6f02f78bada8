import { and, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { flagDismissals, revisions } from "@/lib/db/schema";

/** What the revisions say about each claim, for "new since you last looked" and the disagreement flag. */
export interface ClaimHistory {
  /** The data version of each claim's latest revision. */
  changedIn: Map<string, number>;
  /** Claims added by staff (an account or the command line) after the bundled data, with the version that added them. */
  addedByStaffIn: Map<string, number>;
  /** Claims whose disagreement with a headline an editor set aside, with that headline's id. */
  dismissed: Map<string, string>;
  /**
   * When each claim's pin (pinnedReason) was last set or changed: the data
   * version, and the day editors did it (none for a pin that came with the
   * bundled data: the day it was imported is not the day it was decided).
   */
  pinnedIn: Map<string, { at?: string; version: number }>;
}

/** Read inside the snapshot's transaction, so it agrees with the claims. */
export async function loadClaimHistory(tx: Database, bundledAuthor: string, claims?: SQL): Promise<ClaimHistory> {
  // One situation's read model asks only about its own claims (`claims`: a subquery of their ids).
  const ofClaims = claims ? inArray(revisions.entityId, claims) : undefined;
  // One pass over the claims' revisions gives both: the latest of each, and the adding by staff.
  const changed = await tx
    .select({
      id: revisions.entityId,
      version: sql<number>`max(${revisions.dataVersion})::int`,
      addedIn: sql<number | null>`(max(${revisions.dataVersion}) filter (where ${revisions.action} = 'create' and ${revisions.author} <> ${bundledAuthor}))::int`,
    })
    .from(revisions)
    .where(and(eq(revisions.entity, "figure"), isNotNull(revisions.dataVersion), ofClaims))
    .groupBy(revisions.entityId);
  const pinned = await tx
    .select({ id: revisions.entityId, version: sql<number>`max(${revisions.dataVersion})::int`, at: sql<string | null>`max(${revisions.at}) filter (where ${revisions.author} <> ${bundledAuthor})` })
    .from(revisions)
    .where(and(inArray(revisions.entity, ["figure", "derived-figure"]), isNotNull(revisions.dataVersion), sql`jsonb_exists(${revisions.changes}, 'pinnedReason')`))
    .groupBy(revisions.entityId);
  const dismissed = await tx.select({ figureId: flagDismissals.figureId, headlineId: flagDismissals.headlineId }).from(flagDismissals);
  return {
    changedIn: new Map(changed.map((r) => [r.id, r.version])),
    addedByStaffIn: new Map(changed.flatMap((r) => (r.addedIn === null ? [] : [[r.id, r.addedIn] as [string, number]]))),
    dismissed: new Map(dismissed.map((r) => [r.figureId, r.headlineId])),
    pinnedIn: new Map(pinned.map((r) => [r.id, { at: r.at ? new Date(r.at).toISOString().slice(0, 10) : undefined, version: r.version }])),
  };
}
