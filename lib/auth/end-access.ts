import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { apiTokens } from "@/lib/db/schema";
import { deleteOtherSessionsOf, deleteSessionsOf } from "./sessions";

/**
 * Ends every way into an account after its credentials change (a new
 * password, an admin's reset, disabling it): its sessions and its API tokens,
 * so a token an intruder made does not outlive the owner's recovery. The
 * browser that changed its own password may keep its session.
 */
export async function endAccessOf(db: Database, userId: number, keptSessionToken?: string): Promise<void> {
  await (keptSessionToken ? deleteOtherSessionsOf(db, userId, keptSessionToken) : deleteSessionsOf(db, userId));
  await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}
