import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { situationModelFor } from "@/lib/queries/situation-model";
import { situationShortTitle } from "@/lib/situations/texts";
import { linkToken } from "./link-tokens";
import type { Notice } from "./notice";
import { outgoingMessage } from "./outgoing-message";
import { sendEmail } from "./send-email";
import { sendWebhook } from "./send-webhook";

/** A webhook whose deliveries fail this many times in a row is disabled, with the last error as its reason. */
export const MAX_FAILURES = 5;
/** How long a server holds the notices it took; past it, another server takes them over. */
const LEASE_MS = 120_000;
const BATCH = 100;

type OutboxRow = typeof schema.outbox.$inferSelect;
type Subscription = typeof schema.subscriptions.$inferSelect;

export interface DeliveryOptions {
  /** The site's public address, for links in messages. */
  origin: string;
  now?: Date;
  /** The first retry's wait; each next one waits twice as long, up to an hour. */
  retryBaseMs?: number;
}

/** Takes the notices due, each row by one pass of one server only (SKIP LOCKED), and holds them for the lease. */
async function takeDue(db: Database, now: Date, pass: string): Promise<OutboxRow[]> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: schema.outbox.id })
      .from(schema.outbox)
      .where(and(isNull(schema.outbox.sentAt), isNull(schema.outbox.droppedAt), lte(schema.outbox.dueAt, at), or(isNull(schema.outbox.lockedUntil), lt(schema.outbox.lockedUntil, at))))
      .orderBy(asc(schema.outbox.id))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(schema.outbox)
      .set({ lockedUntil: new Date(now.getTime() + LEASE_MS).toISOString(), lockedBy: pass, attempts: sql`${schema.outbox.attempts} + 1` })
      .where(
        inArray(
          schema.outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

async function sendTo(db: Database, subscription: Subscription, rows: OutboxRow[], origin: string): Promise<void> {
  const snapshot = await situationModelFor(subscription.situationId);
  if (!snapshot) throw new Error(`the situation '${subscription.situationId}' no longer exists`);
  const locale = isLocale(subscription.locale) ? subscription.locale : "en";
  const query = async (purpose: "confirm" | "unsubscribe") => `?id=${encodeURIComponent(subscription.id)}&token=${await linkToken(db, purpose, subscription.id)}`;
  if (subscription.kind === "email") {
    const unsubscribe = await query("unsubscribe");
    const unsubscribePage = `${origin}${localizedPath(locale, "/subscriptions/unsubscribe")}${unsubscribe}`;
    const oneClick = `${origin}/api/subscriptions/unsubscribe${unsubscribe}`;
    if (rows[0].kind === "confirm") {
      const confirmPage = `${origin}${localizedPath(locale, "/subscriptions/confirm")}${await query("confirm")}`;
      const email = inLocale(locale, () => {
        const a = getOutgoingMessages().alerts;
        const situation = situationShortTitle(snapshot.situation);
        return { subject: a.confirmSubject(situation), text: `${a.confirmBody(situation)}\n\n${a.confirmLink(confirmPage)}\n` };
      });
      await sendEmail({ to: subscription.target, ...email });
      return;
    }
    const message = inLocale(locale, () => outgoingMessage(rows.map((r) => r.notice as Notice), snapshot, origin, unsubscribePage));
    await sendEmail({ to: subscription.target, subject: message.subject, text: message.text, unsubscribeUrl: oneClick });
    return;
  }
  const message = inLocale(locale, () => outgoingMessage(rows.map((r) => r.notice as Notice), snapshot, origin));
  // `text` is what chat tools' incoming webhooks show; `sitrep` carries the notices for programs.
  const body = JSON.stringify({
    text: `*${message.subject}*\n${message.notices.map((n) => `${n.text} ${n.url}`).join("\n")}`,
    sitrep: { situation: subscription.situationId, notices: message.notices.map(({ notice, text, url }) => ({ ...notice, text, url })) },
  });
  // One id per set of notices: a retry of the same set keeps it, a set with more notices gets another.
  const deliveryId = createHash("sha256").update(rows.map((r) => r.id).join(",")).digest("hex").slice(0, 16);
  await sendWebhook(subscription.target, subscription.secret ?? "", body, `${subscription.id}-${deliveryId}`);
}

/**
 * Sends what is due: per subscription, one message with every notice due for
 * it. Sent, the rows are marked so no server sends them again; failed, they
 * wait (30 s, 1 min, 2 min … up to an hour) and the subscription's failures
 * count up, until it is disabled with the last error as its visible reason.
 * Notices for a subscription ended or disabled are dropped, not sent.
 */
export async function deliverDue(db: Database, options: DeliveryOptions): Promise<{ sent: number; failed: number; dropped: number }> {
  const now = options.now ?? new Date();
  const pass = randomUUID();
  const rows = await takeDue(db, now, pass);
  const outcome = { sent: 0, failed: 0, dropped: 0 };
  if (!rows.length) return outcome;
  const ids = [...new Set(rows.map((r) => r.subscriptionId))];
  const subscriptions = await db.select().from(schema.subscriptions).where(inArray(schema.subscriptions.id, ids));
  const drop = async (dropped: OutboxRow[]) => {
    if (!dropped.length) return;
    await db.update(schema.outbox).set({ droppedAt: now.toISOString(), lockedUntil: null, lockedBy: null }).where(inArray(schema.outbox.id, dropped.map((r) => r.id)));
    outcome.dropped += dropped.length;
  };
  for (const subscription of subscriptions) {
    const mine = rows.filter((r) => r.subscriptionId === subscription.id);
    const confirms = mine.filter((r) => r.kind === "confirm");
    const notices = mine.filter((r) => r.kind !== "confirm");
    // A confirmation only while the address is unconfirmed (one is enough); notices only while it is active.
    const groups: OutboxRow[][] = [];
    if (subscription.status === "pending" && confirms.length) groups.push(confirms);
    else await drop(confirms);
    if (subscription.status === "active" && notices.length) groups.push(notices);
    else await drop(notices);
    for (const group of groups) await deliverGroup(db, subscription, group, { ...options, now, pass }, outcome);
  }
  return outcome;
}

/** Renews this pass's hold on the rows; false when another server took any of them over (its lease ran out): then it sends them, not this pass. */
async function stillHeld(db: Database, rows: OutboxRow[], pass: string, now: Date): Promise<boolean> {
  const renewed = await db
    .update(schema.outbox)
    .set({ lockedUntil: new Date(Math.max(now.getTime(), Date.now()) + LEASE_MS).toISOString() })
    .where(and(inArray(schema.outbox.id, rows.map((r) => r.id)), eq(schema.outbox.lockedBy, pass), isNull(schema.outbox.sentAt)))
    .returning({ id: schema.outbox.id });
  return renewed.length === rows.length;
}

async function deliverGroup(db: Database, subscription: Subscription, rows: OutboxRow[], options: DeliveryOptions & { now: Date; pass: string }, outcome: { sent: number; failed: number }) {
  const { now, pass } = options;
  if (!(await stillHeld(db, rows, pass, now))) return;
  const rowIds = rows.map((r) => r.id);
  const held = and(inArray(schema.outbox.id, rowIds), eq(schema.outbox.lockedBy, pass));
  try {
    await sendTo(db, subscription, rows, options.origin);
    await db.update(schema.outbox).set({ sentAt: new Date().toISOString(), lockedUntil: null, lastError: null }).where(held);
    if (subscription.failures) await db.update(schema.subscriptions).set({ failures: 0 }).where(eq(schema.subscriptions.id, subscription.id));
    outcome.sent += rows.length;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const attempts = Math.max(...rows.map((r) => r.attempts));
    const wait = Math.min((options.retryBaseMs ?? 30_000) * 2 ** (attempts - 1), 3_600_000);
    await db
      .update(schema.outbox)
      .set({ lockedUntil: null, lockedBy: null, lastError: reason.slice(0, 500), dueAt: new Date(now.getTime() + wait).toISOString() })
      .where(held);
    // Counted in the database, so two servers failing at once both count.
    const [counted] = await db
      .update(schema.subscriptions)
      .set({ failures: sql`${schema.subscriptions.failures} + 1` })
      .where(eq(schema.subscriptions.id, subscription.id))
      .returning({ failures: schema.subscriptions.failures });
    // A webhook that keeps failing is switched off; email waits for its mail server (retries settle at one an hour).
    if (subscription.kind === "webhook" && counted && counted.failures >= MAX_FAILURES) {
      await db
        .update(schema.subscriptions)
        .set({ status: "disabled", disabledReason: `${counted.failures} deliveries failed in a row; the last: ${reason}`.slice(0, 500) })
        .where(and(eq(schema.subscriptions.id, subscription.id), eq(schema.subscriptions.status, "active")));
    }
    outcome.failed += rows.length;
  }
}
