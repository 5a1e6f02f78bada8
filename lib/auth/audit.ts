import { desc, lt } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

export type AuditAction =
  | "sign-in"
  | "sign-in-failed"
  | "sign-in-refused"
  | "sign-out"
  | "write"
  | "import"
  | "revert"
  | "dismiss-flag"
  | "user-created"
  | "user-disabled"
  | "user-enabled"
  | "token-created"
  | "token-revoked"
  | "password-changed"
  | "password-reset";

export interface AuditEntry {
  userId?: number | null;
  /** Who, as far as known: the account's email, or the email tried at a failed sign-in. */
  actor: string;
  action: AuditAction;
  target?: string;
  address?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, userId: entry.userId ?? null, address: entry.address ?? null });
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Newest first, a page at a time (`before`: the id the last page ended at). */
export async function readAuditLog(db: Database, { before, limit = 100 }: { before?: number; limit?: number } = {}): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(before ? lt(auditLog.id, before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
