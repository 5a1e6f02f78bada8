import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { signInAttempts } from "@/lib/db/schema";

/** Within this window, more attempts than this from one address, or for one account, pause sign-in. */
const WINDOW_MINUTES = 15;
const PER_ADDRESS = 20;
const PER_ACCOUNT = 5;

const addressKey = (address: string) => `ip:${address}`;
const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

const windowOver = sql`${signInAttempts.windowStartedAt} <= now() - make_interval(mins => ${WINDOW_MINUTES})`;

/**
 * Counts a sign-in attempt for the address and the account, before the
 * password is checked, and says whether it may go on: null, or the seconds
 * until the window that paused it ends. One upsert counts and answers, so
 * parallel guesses (on one server or many sharing PostgreSQL) each see every
 * attempt before theirs: the sixth wrong password is refused however fast
 * they come. A window starts at its first attempt and ends 15 minutes later.
 */
export async function countSignInAttempt(db: Database, address: string, email: string): Promise<number | null> {
  const counted = await db
    .insert(signInAttempts)
    .values([
      { key: addressKey(address), attempts: 1 },
      { key: accountKey(email), attempts: 1 },
    ])
    .onConflictDoUpdate({
      target: signInAttempts.key,
      set: {
        attempts: sql`CASE WHEN ${windowOver} THEN 1 ELSE ${signInAttempts.attempts} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${windowOver} THEN now() ELSE ${signInAttempts.windowStartedAt} END`,
      },
    })
    .returning({
      key: signInAttempts.key,
      attempts: signInAttempts.attempts,
      secondsLeft: sql<number>`ceil(extract(epoch from (${signInAttempts.windowStartedAt} + make_interval(mins => ${WINDOW_MINUTES}) - now())))::int`,
    });
  const over = counted.filter((row) => row.attempts > (row.key.startsWith("ip:") ? PER_ADDRESS : PER_ACCOUNT));
  if (!over.length) return null;
  let wait = 1;
  for (const row of over) wait = Math.max(wait, row.secondsLeft);
  return wait;
}

/**
 * A correct password: the account's count starts again, and the attempt no
 * longer counts against the address (whose count is not cleared: one good
 * account must not unlock guessing others).
 */
export async function forgiveSuccessfulAttempt(db: Database, address: string, email: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.key, accountKey(email)));
  await db
    .update(signInAttempts)
    .set({ attempts: sql`greatest(${signInAttempts.attempts} - 1, 0)` })
    .where(eq(signInAttempts.key, addressKey(address)));
}

/** Windows that have ended hold nothing: cleared now and then so the table stays as small as its active keys. */
export async function clearEndedWindows(db: Database): Promise<void> {
  await db.delete(signInAttempts).where(windowOver);
}
