import { createHash } from "node:crypto";
import { eq, getTableColumns, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { bumpDataVersion, lockForWrite } from "@/lib/data-version/store";
import { learnDataVersion } from "@/lib/data-version/known";
import { ArchivedDocument, type NewDocument } from "@/lib/model";
import { auditInTransaction, type Writer } from "./writer";
import { storedMoment } from "@/lib/format/dates";

export const sha256Of = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A document's id is its fingerprint's start: the same text is the same document. */
export const documentIdOf = (sha256: string) => `doc-${sha256.slice(0, 16)}`;

type DocumentRow = typeof schema.documents.$inferSelect;

export function archivedFromRow(row: Omit<DocumentRow, "text">): ArchivedDocument {
  const present = Object.fromEntries(Object.entries(row).filter(([key, v]) => v !== null && v !== undefined && key !== "userId"));
  // The API speaks ISO 8601.
  const archivedAt = storedMoment(row.archivedAt).toISOString();
  return ArchivedDocument.parse({ ...present, archivedAt });
}

/** What a document's revision records: everything but the text, which only staff read (GET /api/documents/:id). */
const revisionRecord = (row: Omit<DocumentRow, "text">, characters: number) => ({
  sha256: row.sha256,
  url: row.url,
  outlet: row.outlet,
  publishedAt: row.publishedAt,
  language: row.language,
  situationId: row.situationId,
  characters,
});

/**
 * Archives a report's text: stored once, under its SHA-256, with who archived
 * it and when, as a revision in the change feed. Sending a text already
 * archived answers the stored document, with any detail it lacked (address,
 * outlet, date, language) added; what the first copy gave stays.
 */
export async function archiveDocument(db: Database, writer: Writer, input: NewDocument & { situation: string }): Promise<{ document: ArchivedDocument; created: boolean }> {
  const sha256 = sha256Of(input.text);
  const id = documentIdOf(sha256);
  const outcome = await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await lockForWrite(t);
    if (input.outlet && !(await t.select({ id: schema.sources.id }).from(schema.sources).where(eq(schema.sources.id, input.outlet))).length) {
      throw new z.ZodError([{ code: "custom", path: ["outlet"], message: `unknown source '${input.outlet}': add the outlet as a source first`, input: input.outlet }]);
    }
    const [stored] = await t.select().from(schema.documents).where(eq(schema.documents.sha256, sha256));
    if (stored) {
      // Pasted again with details the first paste left out: they are added (what it gave stays), as a revision.
      const given = { url: input.url, outlet: input.outlet, publishedAt: input.publishedAt, language: input.language };
      const added = Object.fromEntries(Object.entries(given).filter(([key, value]) => value !== undefined && stored[key as keyof typeof given] === null));
      if (!Object.keys(added).length) return { row: stored, created: false, version: undefined };
      const [row] = await t.update(schema.documents).set(added).where(eq(schema.documents.id, stored.id)).returning();
      const version = await bumpDataVersion(t, stored.situationId ? [stored.situationId] : "all");
      const changes = Object.fromEntries(Object.entries(added).map(([key, value]) => [key, { from: null, to: value }]));
      await t.insert(schema.revisions).values({ entity: "document", entityId: stored.id, action: "update", author: writer.author, reason: "Report details added", changes, dataVersion: version, userId: writer.userId });
      await auditInTransaction(writer, "write", `document:${stored.id}`, { action: "update", fields: Object.keys(added) })(t);
      return { row, created: false, version };
    }
    const [row] = await t
      .insert(schema.documents)
      .values({ id, sha256, text: input.text, url: input.url, outlet: input.outlet, publishedAt: input.publishedAt, language: input.language, situationId: input.situation, archivedBy: writer.author, userId: writer.userId })
      .returning();
    const version = await bumpDataVersion(t, [input.situation]);
    await t.insert(schema.revisions).values({ entity: "document", entityId: id, action: "create", author: writer.author, reason: "Report archived", changes: revisionRecord(row, input.text.length), dataVersion: version, userId: writer.userId });
    await auditInTransaction(writer, "write", `document:${id}`, { action: "create" })(t);
    return { row, created: true, version };
  });
  if (outcome.version) learnDataVersion(outcome.version);
  const { text: _text, ...meta } = outcome.row;
  return { document: archivedFromRow(meta), created: outcome.created };
}

/** A document, with its text for staff ("" when not asked for). */
export async function storedDocument(db: Database, id: string, { withText = true } = {}): Promise<(ArchivedDocument & { text: string }) | undefined> {
  const { text: textColumn, ...columns } = getTableColumns(schema.documents);
  const [row] = await db
    .select({ ...columns, text: withText ? textColumn : sql<string>`''` })
    .from(schema.documents)
    .where(eq(schema.documents.id, id));
  if (!row) return undefined;
  const { text, ...meta } = row;
  return { ...archivedFromRow(meta), text };
}
