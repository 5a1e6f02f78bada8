import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { signInFailures } from "@/lib/db/schema";

/** Within this window, this many failures from one address, or for one account, pause sign-in. */
const WINDOW_MINUTES = 15;
const PER_ADDRESS = 20;
const PER_ACCOUNT = 5;

const addressKey = (address: string) => `ip:${address}`;
const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

/**
 * Whether a sign-in may be tried now. Counted in the database, so every server
 * behind a load balancer counts the same failures. Returns the seconds to wait
 * when it may not.
 */
export async function signInPause(db: Database, address: string, email: string): Promise<number | null> {
  const rows = await db
    .select({ key: signInFailures.key, n: sql<number>`count(*)::int`, oldest: sql<string>`min(${signInFailures.at})` })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, [addressKey(address), accountKey(email)]), gt(signInFailures.at, sql`now() - make_interval(mins => ${WINDOW_MINUTES})`)))
    .groupBy(signInFailures.key);
  const over = rows.filter((r) => r.n >= (r.key.startsWith("ip:") ? PER_ADDRESS : PER_ACCOUNT));
  if (!over.length) return null;
  // Wait until the oldest failure in the window falls out of it.
  const oldest = Math.min(...over.map((r) => new Date(r.oldest).getTime()));
  return Math.max(1, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
}

export async function recordSignInFailure(db: Database, address: string, email: string): Promise<void> {
  await db.insert(signInFailures).values([{ key: addressKey(address) }, { key: accountKey(email) }]);
  await db.delete(signInFailures).where(lt(signInFailures.at, sql`now() - make_interval(mins => ${WINDOW_MINUTES})`));
}

/** A correct password clears the account's count (not the address's: one good account must not unlock guessing others). */
export async function clearAccountFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.key, accountKey(email)));
}
