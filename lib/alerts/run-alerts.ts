import type { Database } from "@/lib/db/client";
import { situationModelFor } from "@/lib/queries/situation-model";
import { deliverDue, type DeliveryOptions } from "./deliver-due";
import { followedSituations, queueNotices } from "./queue-notices";

/** One pass: decide and queue the notices of every followed situation, then send what is due. */
export async function runAlerts(db: Database, options: DeliveryOptions): Promise<{ queued: number; sent: number; failed: number; dropped: number }> {
  let queued = 0;
  for (const id of await followedSituations(db)) {
    // One situation failing (its model cannot be built) holds up neither the others nor the sending.
    try {
      const snapshot = await situationModelFor(id);
      if (snapshot) queued += await queueNotices(db, snapshot, options.now);
    } catch (error) {
      console.error(`Sitrep alerts: notices of '${id}' not decided this pass:`, error instanceof Error ? error.message : error);
    }
  }
  return { queued, ...(await deliverDue(db, options)) };
}
