import { randomBytes } from "node:crypto";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { linkTokenIsValid } from "@/lib/alerts/link-tokens";
import { situationState } from "@/lib/alerts/situation-state";
import { emailAlertsOn } from "@/lib/alerts/send-email";
import { checkWebhookTarget, WebhookTargetError } from "@/lib/alerts/webhook-target";
import { NewSubscription } from "@/lib/model";
import { situationModelFor } from "@/lib/queries/situation-model";
import { RecordNotFoundError, WriteConflictError } from "./errors";

export class EmailAlertsOffError extends Error {
  constructor() {
    super("Email alerts are off on this site: it needs a mail server (SMTP_URL) and its public address (SITE_URL).");
  }
}

export class NotAllowedError extends Error {}

const problem = (path: string, message: string, input: unknown) => new z.ZodError([{ code: "custom", path: [path], message, input }]);

export type SubscriptionRow = typeof schema.subscriptions.$inferSelect;

/** What an editor sees of a subscription: never the webhook's secret, which is shown once. */
export function publicSubscription(row: SubscriptionRow) {
  const { secret: _secret, ...rest } = row;
  return rest;
}

/**
 * A new subscription. Email: anyone, pending until the address confirms
 * (double opt-in: the confirmation is queued like any notice); asking again
 * for the same address and situation changes nothing visible, so the answer
 * never tells whether an address is subscribed. Webhook: editors, active at
 * once, its signing secret answered this once. Either way the situation's
 * notice cursor is set in the same transaction, from the state read before
 * it, so the first change after it is heard (lib/alerts/queue-notices.ts).
 */
export async function createSubscription(db: Database, input: unknown, actor: Actor | null): Promise<{ subscription: SubscriptionRow; secret?: string }> {
  const request = NewSubscription.parse(input);
  const snapshot = await situationModelFor(request.situation);
  if (!snapshot || snapshot.situation.id !== request.situation) throw problem("situation", `unknown situation '${request.situation}'`, request.situation);
  const unknownPlace = request.locations?.find((id) => !snapshot.locationsById.has(id));
  if (unknownPlace) throw problem("locations", `unknown place '${unknownPlace}'`, unknownPlace);
  const filters = { indicators: request.indicators ?? null, locationIds: request.locations ?? null, events: request.events, digest: request.digest, locale: request.locale };

  // Read before the write: the state the new subscriber hears changes from.
  const baseline = { situationId: snapshot.situation.id, dataVersion: snapshot.version, state: situationState(snapshot) };

  if (request.kind === "webhook") {
    if (!actor || !hasRole(actor.user.role, "editor")) throw new NotAllowedError("Webhooks are added by editors: sign in or send an editor's API token.");
    try {
      await checkWebhookTarget(request.target);
    } catch (error) {
      if (error instanceof WebhookTargetError) throw problem("target", error.message, request.target);
      throw error;
    }
    const secret = randomBytes(32).toString("base64url");
    return db.transaction(async (tx) => {
      const t = tx as unknown as Database;
      await setCursor(t, baseline);
      const [subscription] = await t
        .insert(schema.subscriptions)
        .values({ id: `hook-${randomBytes(10).toString("hex")}`, kind: "webhook", target: request.target, situationId: request.situation, ...filters, status: "active", secret, userId: actor.user.id })
        .returning();
      return { subscription, secret };
    });
  }
  if (!emailAlertsOn()) throw new EmailAlertsOffError();
  const target = request.target.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await setCursor(t, baseline);
    const live = and(eq(schema.subscriptions.kind, "email"), eq(schema.subscriptions.target, target), eq(schema.subscriptions.situationId, request.situation), inArray(schema.subscriptions.status, ["pending", "active"]));
    // One live subscription per address and situation (a unique index): a second request at once finds the first's.
    await t
      .insert(schema.subscriptions)
      .values({ id: `mail-${randomBytes(10).toString("hex")}`, kind: "email", target, situationId: request.situation, ...filters, status: "pending", userId: actor?.user.id ?? null })
      .onConflictDoNothing();
    const [existing] = await t.select().from(schema.subscriptions).where(live).for("update");
    if (existing.status === "active") return { subscription: existing };
    const [subscription] = await t.update(schema.subscriptions).set(filters).where(eq(schema.subscriptions.id, existing.id)).returning();
    // At most one confirmation an hour per subscription: asking again cannot flood an inbox.
    const hour = new Date().toISOString().slice(0, 13);
    await t.insert(schema.outbox).values({ subscriptionId: subscription.id, kind: "confirm", dedupeKey: `confirm:${hour}` }).onConflictDoNothing();
    return { subscription };
  });
}

/**
 * Where a situation's notices start for a new subscriber: its state as it was
 * read before the write. Nobody following it yet, the cursor (stale since
 * the last subscriber left) moves there, so no backlog is sent; otherwise it
 * is made if missing and left alone. Never moved back.
 */
async function setCursor(tx: Database, baseline: typeof schema.noticeCursors.$inferInsert): Promise<void> {
  const [{ live }] = await tx
    .select({ live: count() })
    .from(schema.subscriptions)
    .where(and(eq(schema.subscriptions.situationId, baseline.situationId), inArray(schema.subscriptions.status, ["pending", "active"])));
  const insert = tx.insert(schema.noticeCursors).values(baseline);
  if (live > 0) await insert.onConflictDoNothing();
  else
    await insert.onConflictDoUpdate({
      target: schema.noticeCursors.situationId,
      set: { dataVersion: baseline.dataVersion, state: baseline.state },
      setWhere: sql`${schema.noticeCursors.dataVersion} <= ${baseline.dataVersion}`,
    });
}

/** The address confirmed: from now on it hears of changes. A wrong token changes nothing. */
export async function confirmSubscription(db: Database, id: string, token: string): Promise<SubscriptionRow> {
  if (!(await linkTokenIsValid(db, "confirm", id, token))) throw new RecordNotFoundError("subscription", id);
  const [row] = await db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, id));
  if (!row) throw new RecordNotFoundError("subscription", id);
  if (row.status === "active") return row;
  // Only a pending subscription is confirmed: an ended or disabled one stays so, even against a confirm racing an unsubscribe.
  const [confirmed] = await db
    .update(schema.subscriptions)
    .set({ status: "active", confirmedAt: sql`now()` })
    .where(and(eq(schema.subscriptions.id, id), eq(schema.subscriptions.status, "pending")))
    .returning();
  if (!confirmed) throw new WriteConflictError("This subscription was ended; subscribe again to hear of changes.");
  return confirmed;
}

/** One click from a message: the subscription ends and nothing more is sent. Safe to repeat. */
export async function unsubscribe(db: Database, id: string, token: string): Promise<SubscriptionRow> {
  if (!(await linkTokenIsValid(db, "unsubscribe", id, token))) throw new RecordNotFoundError("subscription", id);
  const [row] = await db.update(schema.subscriptions).set({ status: "ended" }).where(eq(schema.subscriptions.id, id)).returning();
  if (!row) throw new RecordNotFoundError("subscription", id);
  return row;
}

/** An editor ends one of their own subscriptions (an admin, anyone's). */
export async function endSubscription(db: Database, id: string, actor: Actor): Promise<SubscriptionRow> {
  const [row] = await db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, id));
  if (!row || (row.userId !== actor.user.id && !hasRole(actor.user.role, "admin"))) throw new RecordNotFoundError("subscription", id);
  const [ended] = await db.update(schema.subscriptions).set({ status: "ended" }).where(eq(schema.subscriptions.id, id)).returning();
  return ended;
}

/** The subscriptions an account made, newest first; an admin sees every webhook too. */
export async function subscriptionsOf(db: Database, actor: Actor): Promise<SubscriptionRow[]> {
  const mine = eq(schema.subscriptions.userId, actor.user.id);
  const where = hasRole(actor.user.role, "admin") ? sql`${mine} or ${schema.subscriptions.kind} = 'webhook'` : mine;
  return db.select().from(schema.subscriptions).where(where).orderBy(desc(schema.subscriptions.createdAt));
}
