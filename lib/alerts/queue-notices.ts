import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { decideNotices } from "./decide-notices";
import { noticeKey } from "./notice";
import { situationState, type SituationState } from "./situation-state";
import { subscriptionWants } from "./subscription-wants";
import { dueAtFor } from "./digest-schedule";

/**
 * Decides what changed in a situation since notices were last decided, and
 * queues a notice for each subscription that asked for it, in one
 * transaction that also moves the situation's cursor: a restart in between
 * loses nothing (the cursor has not moved), and a second server waits on the
 * cursor's row lock and then finds nothing left to do. The first pass only
 * records the state: subscribers hear of changes, not of the data as it was.
 */
export async function queueNotices(db: Database, snapshot: SituationSnapshot, now = new Date()): Promise<number> {
  const situationId = snapshot.situation.id;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [cursor] = await t.select().from(schema.noticeCursors).where(eq(schema.noticeCursors.situationId, situationId)).for("update");
    if (cursor && cursor.dataVersion >= snapshot.version) return 0;
    const after = situationState(snapshot);
    if (!cursor) {
      // Two servers seeing no cursor: one inserts, the other's insert does nothing and it stops.
      await t.insert(schema.noticeCursors).values({ situationId, dataVersion: snapshot.version, state: after }).onConflictDoNothing();
      return 0;
    }
    const added = snapshot.claims.filter((c) => c.kind === "reported" && (snapshot.history.addedByStaffIn.get(c.id) ?? 0) > cursor.dataVersion);
    const notices = decideNotices(situationId, cursor.state as SituationState, after, added);
    await t.update(schema.noticeCursors).set({ dataVersion: snapshot.version, state: after }).where(eq(schema.noticeCursors.situationId, situationId));
    if (!notices.length) return 0;
    const subscribers = await t
      .select()
      .from(schema.subscriptions)
      .where(and(eq(schema.subscriptions.situationId, situationId), eq(schema.subscriptions.status, "active")));
    const rows = subscribers.flatMap((subscription) =>
      notices
        .filter((notice) => subscriptionWants(subscription, notice))
        .map((notice) => ({ subscriptionId: subscription.id, kind: "notice", notice: { ...notice, version: snapshot.version }, dedupeKey: `${noticeKey(notice)}@v${snapshot.version}`, dueAt: dueAtFor(subscription.digest, now).toISOString() })),
    );
    if (rows.length) await t.insert(schema.outbox).values(rows).onConflictDoNothing();
    return rows.length;
  });
}

/** Situations someone follows: only theirs are read for notices. */
export async function followedSituations(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: schema.subscriptions.situationId })
    .from(schema.subscriptions)
    .where(sql`${schema.subscriptions.status} in ('active', 'pending')`);
  return rows.map((r) => r.id);
}
