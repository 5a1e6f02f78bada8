import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";

const SECRET_NAME = "subscription-links";
let cached: Promise<Buffer> | undefined;

/** Made once per database on first use, the same for every server on it: links in a message work whichever server answers. */
function linkSecret(db: Database): Promise<Buffer> {
  cached ??= (async () => {
    await db.insert(schema.siteSecrets).values({ name: SECRET_NAME, value: randomBytes(32).toString("base64url") }).onConflictDoNothing();
    const [row] = await db.select().from(schema.siteSecrets).where(eq(schema.siteSecrets.name, SECRET_NAME));
    return Buffer.from(row.value, "base64url");
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Forget the secret read (tests that open a fresh database in one process). */
export function forgetLinkSecret(): void {
  cached = undefined;
}

export type LinkPurpose = "confirm" | "unsubscribe";

/**
 * The token in a confirmation or unsubscribe link: an HMAC of the purpose and
 * the subscription's id under the site's secret. Nothing is stored, so the
 * database holds no token that would work if read, and every message can
 * carry its unsubscribe link.
 */
export async function linkToken(db: Database, purpose: LinkPurpose, subscriptionId: string): Promise<string> {
  return createHmac("sha256", await linkSecret(db)).update(`${purpose}:${subscriptionId}`).digest("base64url");
}

export async function linkTokenIsValid(db: Database, purpose: LinkPurpose, subscriptionId: string, token: string): Promise<boolean> {
  const expected = Buffer.from(await linkToken(db, purpose, subscriptionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
