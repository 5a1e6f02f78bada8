import type { Database } from "@/lib/db/client";
import { audit, type AuditAction } from "@/lib/auth/audit";
import type { User } from "@/lib/auth/users";

/** Who writes, as revisions and the audit log record them. */
export interface Writer {
  /** Shown with each revision: the account's name, or whoever ran the command line. */
  author: string;
  userId: number | null;
  /** For the audit log: the account's email. */
  actor: string;
  address?: string | null;
}

export function writerOf(user: User, address?: string | null): Writer {
  return { author: user.name, userId: user.id, actor: user.email, address };
}

/** Records the write in the audit log inside its transaction: both commit, or neither. */
export function auditInTransaction(writer: Writer, action: AuditAction, target: string, detail?: Record<string, unknown>) {
  return (tx: Database) => audit(tx, { userId: writer.userId, actor: writer.actor, action, target, address: writer.address, detail });
}
