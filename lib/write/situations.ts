import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { situations } from "@/lib/db/schema";
import { situationFromRow } from "@/lib/db/mappers";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { NonEmptyText, Situation } from "@/lib/model";
import { RecordNotFoundError, WriteConflictError } from "./errors";
import { auditInTransaction, type Writer } from "./writer";

/**
 * A situation's ETag: a digest of the stored record, so an edit made on a
 * copy read before someone else's is refused, whichever field that changed.
 */
export function situationTag(situation: Situation): string {
  return `sit-${createHash("sha256").update(JSON.stringify(situation)).digest("base64url").slice(0, 16)}`;
}

/** The tag an If-Match names: "any" for `*`, null when missing; weak tags never match (RFC 9110 §13.1.1). */
export function situationTagFromIfMatch(header: string | null): string | "any" | null {
  if (!header) return null;
  if (header.trim() === "*") return "any";
  for (const tag of header.split(",").map((t) => t.trim())) {
    const match = /^"(sit-[A-Za-z0-9_-]+)(?:\.[^"]*)?"$/.exec(tag);
    if (match) return match[1];
  }
  return null;
}

/**
 * What an editor may change in a situation: what it follows and shows (its
 * places, facilities, headline figures, charts and map). Opening one,
 * renaming it, its period and archiving it are an admin's.
 */
export const EDITOR_SITUATION_FIELDS = ["placeIds", "facilityIds", "headline", "charts", "mapView", "keywords", "leadSourceId"] as const;

/** The fields of a patch an editor may not change; empty for an admin. */
export function fieldsBeyondRole(patch: Record<string, unknown>, role: string): string[] {
  if (role === "admin") return [];
  return Object.keys(patch).filter((field) => field !== "reason" && !(EDITOR_SITUATION_FIELDS as readonly string[]).includes(field));
}

/** A change to a situation: the fields to change (not its id), and why. */
export const SituationPatch = z
  .object({ reason: NonEmptyText })
  .catchall(z.unknown())
  .superRefine((patch, ctx) => {
    if ("id" in patch) ctx.addIssue({ code: "custom", path: ["id"], message: "a situation's id is its address and cannot change" });
    if (Object.keys(patch).length === 1) ctx.addIssue({ code: "custom", path: [], message: "send at least one field to change besides reason" });
  });
export type SituationPatch = z.infer<typeof SituationPatch>;

async function storedSituation(tx: Database, id: string): Promise<Situation | undefined> {
  const [row] = await tx.select().from(situations).where(eq(situations.id, id));
  return row && situationFromRow(row);
}

/**
 * Revises a situation (admins): the stored record with the patch's fields,
 * checked as a whole and written through the importer with its revision and
 * audit entry. A tag that is not the current one is a 409 with the current
 * tag, and nothing is written.
 */
export async function patchSituation(db: Database, writer: Writer, id: string, patch: SituationPatch, expectedTag: string | null): Promise<{ result: ImportResult; tag: string }> {
  const { reason, ...fields } = patch;
  const read = await storedSituation(db, id);
  if (!read) throw new RecordNotFoundError("situation", id);
  const readTag = situationTag(read);
  const stale = () => new WriteConflictError("the situation changed since you read it: read it again, then send your change", { id, current: readTag });
  if (expectedTag !== null && expectedTag !== readTag) throw stale();
  const result = await importDataset(
    db,
    { situations: [{ ...read, ...fields, id }] },
    {
      author: writer.author,
      userId: writer.userId,
      reason,
      // Under the write lock: the record the patch was merged onto is still the stored one.
      precondition: async (tx) => {
        const stored = await storedSituation(tx, id);
        if (!stored || situationTag(stored) !== readTag) throw stale();
      },
      inTransaction: auditInTransaction(writer, "write", `situation:${id}`, { action: "update", fields: Object.keys(fields) }),
    },
  );
  const after = await storedSituation(db, id);
  return { result, tag: situationTag(after ?? read) };
}
